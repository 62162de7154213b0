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
            var output = new Utf8Output();
            Write(output, root ?? throw new ArgumentNullException(nameof(root)), 0);
            return Encoding.UTF8.GetString(output.Buffer, 0, output.Length);
        }

        /// <summary>The canonical form as UTF-8 bytes, in <paramref name="length"/> bytes of the returned buffer (it may be longer).</summary>
        public static byte[] CanonicalUtf8(IJsonNode root, out int length)
        {
            var output = new Utf8Output();
            Write(output, root);
            length = output.Length;
            return output.Buffer;
        }

        /// <summary>Appends the canonical form to <paramref name="output"/> (for callers that reuse one buffer).</summary>
        internal static void Write(Utf8Output output, IJsonNode root) =>
            Write(output, root ?? throw new ArgumentNullException(nameof(root)), 0);

        private static void Write(Utf8Output output, IJsonNode node, int depth)
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
                    output.Append((byte)'[');
                    var items = node.Items;
                    for (var i = 0; i < items.Count; i++)
                    {
                        if (i > 0)
                        {
                            output.Append((byte)',');
                        }

                        Write(output, items[i], depth + 1);
                    }

                    output.Append((byte)']');
                    break;
                case JsonNodeKind.String:
                    WriteString(output, node.StringValue!);
                    break;
                case JsonNodeKind.Number:
                    WriteNumber(output, node.NumberText!);
                    break;
                case JsonNodeKind.True:
                    output.AppendAscii("true");
                    break;
                case JsonNodeKind.False:
                    output.AppendAscii("false");
                    break;
                default:
                    output.AppendAscii("null");
                    break;
            }
        }

        private static void WriteObject(Utf8Output output, IJsonNode node, int depth)
        {
            var members = node.Members;
            IReadOnlyList<KeyValuePair<string, IJsonNode>> ordered = members;
            if (!IsSorted(members))
            {
                var sorted = new List<KeyValuePair<string, IJsonNode>>(members);
                sorted.Sort(ByCodeUnits);
                ordered = sorted;
            }

            output.Append((byte)'{');
            for (var i = 0; i < ordered.Count; i++)
            {
                if (i > 0)
                {
                    output.Append((byte)',');
                }

                WriteString(output, ordered[i].Key);
                output.Append((byte)':');
                Write(output, ordered[i].Value, depth + 1);
            }

            output.Append((byte)'}');
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
        private static void WriteNumber(Utf8Output output, string text)
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
                output.AppendAscii(text);
                return;
            }

            if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || double.IsInfinity(value))
            {
                throw new JsonCanonicalizationException($"the number {Shorten(text)} is outside the IEEE 754 double range that I-JSON allows");
            }

            output.AppendAscii(EcmaNumber.Format(value));
        }

        private static void WriteString(Utf8Output output, string value)
        {
            var lone = StrictJson.IndexOfLoneSurrogate(value);
            if (lone >= 0)
            {
                throw new JsonCanonicalizationException(StrictJson.LoneSurrogateMessage(value[lone]));
            }

            output.Append((byte)'"');
            var plainFrom = 0;
            for (var i = 0; i < value.Length; i++)
            {
                var c = value[i];
                if (c >= 0x20 && c != '"' && c != '\\')
                {
                    continue;
                }

                output.AppendText(value, plainFrom, i - plainFrom);
                plainFrom = i + 1;
                switch (c)
                {
                    case '"': output.AppendAscii("\\\""); break;
                    case '\\': output.AppendAscii("\\\\"); break;
                    case '\b': output.AppendAscii("\\b"); break;
                    case '\f': output.AppendAscii("\\f"); break;
                    case '\n': output.AppendAscii("\\n"); break;
                    case '\r': output.AppendAscii("\\r"); break;
                    case '\t': output.AppendAscii("\\t"); break;
                    default: output.AppendAscii("\\u" + ((int)c).ToString("x4", CultureInfo.InvariantCulture)); break;
                }
            }

            output.AppendText(value, plainFrom, value.Length - plainFrom);
            output.Append((byte)'"');
        }

        private static string Shorten(string text) => text.Length <= 40 ? text : text.Substring(0, 37) + "...";
    }

    /// <summary>A growing UTF-8 buffer: the canonical form is written as bytes, ready to hash.</summary>
    internal sealed class Utf8Output
    {
        private static readonly Encoding Utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

        /// <summary>The largest buffer a caller should keep for reuse; a rare huge file's buffer is left to the collector.</summary>
        public const int KeptCapacity = 1 << 20;

        public byte[] Buffer { get; private set; } = new byte[4096];

        public int Length { get; private set; }

        /// <summary>Empties the buffer, keeping its capacity.</summary>
        public void Reset() => Length = 0;

        public void Append(byte b)
        {
            Reserve(1);
            Buffer[Length++] = b;
        }

        /// <summary>Text known to be ASCII (literals, numbers, escapes).</summary>
        public void AppendAscii(string text)
        {
            Reserve(text.Length);
            for (var i = 0; i < text.Length; i++)
            {
                Buffer[Length++] = (byte)text[i];
            }
        }

        public void AppendText(string text, int start, int count)
        {
            if (count == 0)
            {
                return;
            }

            Reserve(count * 3);
            Length += Utf8.GetBytes(text, start, count, Buffer, Length);
        }

        private void Reserve(int more)
        {
            if (Length + more <= Buffer.Length)
            {
                return;
            }

            var grown = new byte[Math.Max(Buffer.Length * 2, Length + more)];
            System.Buffer.BlockCopy(Buffer, 0, grown, 0, Length);
            Buffer = grown;
        }
    }
}
