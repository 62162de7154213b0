// RFC 8785 JSON Canonicalization Scheme (JCS), computed from an already parsed document: the file
// is never parsed a second time for its hash.
using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using Policy.Kernel.Json;

namespace Policy.Kernel.Hashing
{
    /// <summary>Thrown when a document has no canonical form (it is not I-JSON: a number out of the double range, a lone surrogate).</summary>
    public sealed class JsonCanonicalizationException : Exception
    {
        public JsonCanonicalizationException(string message)
            : base(message)
        {
        }
    }

    /// <summary>
    /// Writes a document's RFC 8785 canonical form: no whitespace, object members sorted by their
    /// UTF-16 code units, strings with minimal escaping, numbers as ECMAScript prints them.
    /// Reformatting a document never changes its canonical form; any change of meaning does.
    /// </summary>
    public static class JsonCanonicalizer
    {
        private static readonly Comparison<KeyValuePair<string, IJsonNode>> ByCodeUnits =
            (a, b) => string.CompareOrdinal(a.Key, b.Key);

        public static string Canonicalize(IJsonNode root)
        {
            var output = new StringBuilder();
            Write(output, root ?? throw new ArgumentNullException(nameof(root)), 0);
            return output.ToString();
        }

        private static void Write(StringBuilder output, IJsonNode node, int depth)
        {
            if (depth > StrictJson.MaxDepth)
            {
                throw new JsonCanonicalizationException($"nesting deeper than {StrictJson.MaxDepth} levels");
            }

            switch (node.Kind)
            {
                case JsonNodeKind.Object:
                    WriteObject(output, node, depth);
                    break;
                case JsonNodeKind.Array:
                    output.Append('[');
                    var items = node.Items;
                    for (var i = 0; i < items.Count; i++)
                    {
                        if (i > 0)
                        {
                            output.Append(',');
                        }

                        Write(output, items[i], depth + 1);
                    }

                    output.Append(']');
                    break;
                case JsonNodeKind.String:
                    WriteString(output, node.StringValue!);
                    break;
                case JsonNodeKind.Number:
                    WriteNumber(output, node.NumberText!);
                    break;
                case JsonNodeKind.True:
                    output.Append("true");
                    break;
                case JsonNodeKind.False:
                    output.Append("false");
                    break;
                default:
                    output.Append("null");
                    break;
            }
        }

        private static void WriteObject(StringBuilder output, IJsonNode node, int depth)
        {
            var members = node.Members;
            IReadOnlyList<KeyValuePair<string, IJsonNode>> ordered = members;
            if (!IsSorted(members))
            {
                var sorted = new List<KeyValuePair<string, IJsonNode>>(members);
                sorted.Sort(ByCodeUnits);
                ordered = sorted;
            }

            output.Append('{');
            for (var i = 0; i < ordered.Count; i++)
            {
                if (i > 0)
                {
                    output.Append(',');
                }

                WriteString(output, ordered[i].Key);
                output.Append(':');
                Write(output, ordered[i].Value, depth + 1);
            }

            output.Append('}');
        }

        private static bool IsSorted(IReadOnlyList<KeyValuePair<string, IJsonNode>> members)
        {
            for (var i = 1; i < members.Count; i++)
            {
                if (string.CompareOrdinal(members[i - 1].Key, members[i].Key) > 0)
                {
                    return false;
                }
            }

            return true;
        }

        // Integers of up to 15 digits are exact doubles printed as written (bar zero, which prints
        // "0" even as "-0"), so they skip the shortest-round-trip search.
        private static void WriteNumber(StringBuilder output, string text)
        {
            var negative = text.Length > 0 && text[0] == '-';
            var digits = negative ? text.Length - 1 : text.Length;
            var plainInteger = digits > 0 && digits <= 15 && text[negative ? 1 : 0] != '0';
            for (var i = negative ? 1 : 0; plainInteger && i < text.Length; i++)
            {
                plainInteger = text[i] >= '0' && text[i] <= '9';
            }

            if (plainInteger)
            {
                output.Append(text);
                return;
            }

            if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || double.IsInfinity(value))
            {
                throw new JsonCanonicalizationException($"the number {Shorten(text)} is outside the IEEE 754 double range that I-JSON allows");
            }

            output.Append(EcmaNumber.Format(value));
        }

        private static void WriteString(StringBuilder output, string value)
        {
            var lone = StrictJson.IndexOfLoneSurrogate(value);
            if (lone >= 0)
            {
                throw new JsonCanonicalizationException(StrictJson.LoneSurrogateMessage(value[lone]));
            }

            output.Append('"');
            var plainFrom = 0;
            for (var i = 0; i < value.Length; i++)
            {
                var c = value[i];
                if (c >= 0x20 && c != '"' && c != '\\')
                {
                    continue;
                }

                output.Append(value, plainFrom, i - plainFrom);
                plainFrom = i + 1;
                switch (c)
                {
                    case '"': output.Append("\\\""); break;
                    case '\\': output.Append("\\\\"); break;
                    case '\b': output.Append("\\b"); break;
                    case '\f': output.Append("\\f"); break;
                    case '\n': output.Append("\\n"); break;
                    case '\r': output.Append("\\r"); break;
                    case '\t': output.Append("\\t"); break;
                    default: output.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture)); break;
                }
            }

            output.Append(value, plainFrom, value.Length - plainFrom).Append('"');
        }

        private static string Shorten(string text) => text.Length <= 40 ? text : text.Substring(0, 37) + "...";
    }
}
