// RFC 8785 JSON Canonicalization Scheme (JCS).
// This one file is compiled into both Policy.Core and Policy.Analyzers (netstandard2.0), so it
// depends on nothing but the base class library and carries its own small strict parser.
using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace Policy.Hashing
{
    /// <summary>Thrown when a document cannot be canonicalised (it is not I-JSON).</summary>
    public sealed class JsonCanonicalizationException : Exception
    {
        public JsonCanonicalizationException(string message, int offset)
            : base(message)
        {
            Offset = offset;
        }

        /// <summary>Character offset in the input where the problem was found.</summary>
        public int Offset { get; }
    }

    /// <summary>
    /// Turns a JSON text into its RFC 8785 canonical form: no whitespace, object members sorted by
    /// their UTF-16 code units, strings with minimal escaping, numbers as ECMAScript prints them.
    /// Reformatting a document never changes its canonical form; any change of meaning does.
    /// </summary>
    public static class JsonCanonicalizer
    {
        /// <summary>Nesting deeper than this is refused rather than risking the stack.</summary>
        public const int MaxDepth = 256;

        public static string Canonicalize(string json)
        {
            if (json is null)
            {
                throw new ArgumentNullException(nameof(json));
            }

            var parser = new Parser(json);
            var output = new StringBuilder(json.Length);
            parser.SkipWhitespace();
            parser.WriteValue(output, 0);
            parser.SkipWhitespace();
            if (!parser.AtEnd)
            {
                throw parser.Error("unexpected data after the JSON value");
            }

            return output.ToString();
        }

        /// <summary>Serialises a double as ECMAScript's Number.prototype.toString does (RFC 8785 3.2.2.3).</summary>
        public static string FormatNumber(double value)
        {
            if (double.IsNaN(value) || double.IsInfinity(value))
            {
                throw new ArgumentOutOfRangeException(nameof(value), "NaN and Infinity are not JSON numbers");
            }

            if (value == 0)
            {
                return "0"; // also -0
            }

            if (value < 0)
            {
                return "-" + FormatNumber(-value);
            }

            ShortestDigits(value, out var digits, out var n);
            var k = digits.Length;
            if (k <= n && n <= 21)
            {
                return digits + new string('0', n - k);
            }

            if (0 < n && n <= 21)
            {
                return digits.Substring(0, n) + "." + digits.Substring(n);
            }

            if (-6 < n && n <= 0)
            {
                return "0." + new string('0', -n) + digits;
            }

            var exponent = n - 1;
            var sign = exponent < 0 ? "-" : "+";
            var mantissa = k == 1 ? digits : digits.Substring(0, 1) + "." + digits.Substring(1);
            return mantissa + "e" + sign + Math.Abs(exponent).ToString(CultureInfo.InvariantCulture);
        }

        // The fewest significant digits that read back as the same double, correctly rounded, so the
        // closest such string (ECMAScript 7.1.12.1). Works on every runtime, unlike "R" on .NET Framework.
        private static void ShortestDigits(double value, out string digits, out int n)
        {
            for (var precision = 1; precision <= 17; precision++)
            {
                var text = value.ToString("E" + (precision - 1).ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
                if (double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture) != value && precision < 17)
                {
                    continue;
                }

                var e = text.IndexOf('E');
                var mantissa = text.Substring(0, e).Replace(".", string.Empty);
                var exponent = int.Parse(text.Substring(e + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
                digits = mantissa.TrimEnd('0');
                if (digits.Length == 0)
                {
                    digits = "0";
                }

                n = exponent + 1;
                return;
            }

            throw new InvalidOperationException("unreachable: 17 digits always round-trip");
        }

        private sealed class Parser
        {
            private struct Member
            {
                public Member(string key, int start, int length)
                {
                    Key = key;
                    Start = start;
                    Length = length;
                }

                public string Key { get; }

                public int Start { get; }

                public int Length { get; }
            }

            private readonly string text;
            private int position;

            public Parser(string text)
            {
                this.text = text;
            }

            public bool AtEnd => position >= text.Length;

            public JsonCanonicalizationException Error(string message) =>
                new JsonCanonicalizationException(message + " at offset " + position.ToString(CultureInfo.InvariantCulture), position);

            public void SkipWhitespace()
            {
                while (position < text.Length)
                {
                    var c = text[position];
                    if (c != ' ' && c != '\t' && c != '\n' && c != '\r')
                    {
                        break;
                    }

                    position++;
                }
            }

            public void WriteValue(StringBuilder output, int depth)
            {
                if (depth > MaxDepth)
                {
                    throw Error("nesting deeper than " + MaxDepth.ToString(CultureInfo.InvariantCulture));
                }

                if (AtEnd)
                {
                    throw Error("unexpected end of input");
                }

                switch (text[position])
                {
                    case '{':
                        WriteObject(output, depth);
                        break;
                    case '[':
                        WriteArray(output, depth);
                        break;
                    case '"':
                        WriteString(output, ReadString());
                        break;
                    case 't':
                        Expect("true");
                        output.Append("true");
                        break;
                    case 'f':
                        Expect("false");
                        output.Append("false");
                        break;
                    case 'n':
                        Expect("null");
                        output.Append("null");
                        break;
                    default:
                        WriteNumber(output);
                        break;
                }
            }

            private void WriteObject(StringBuilder output, int depth)
            {
                position++; // {
                SkipWhitespace();
                if (!AtEnd && text[position] == '}')
                {
                    position++;
                    output.Append("{}");
                    return;
                }

                // Each member is written once, as "key":value, into the shared output; if the keys are
                // out of order, the object's region is copied once and rewritten in order.
                output.Append('{');
                var regionStart = output.Length;
                var members = new List<Member>();
                var seen = new HashSet<string>(StringComparer.Ordinal);
                var sorted = true;
                while (true)
                {
                    SkipWhitespace();
                    if (AtEnd || text[position] != '"')
                    {
                        throw Error("expected a property name");
                    }

                    var keyStart = position;
                    var key = ReadString();
                    if (!seen.Add(key))
                    {
                        position = keyStart;
                        throw Error("duplicate property name \"" + key + "\"");
                    }

                    SkipWhitespace();
                    ExpectChar(':');
                    SkipWhitespace();
                    // RFC 8785 3.2.3: sort by UTF-16 code units, which is exactly ordinal string order.
                    sorted &= members.Count == 0 || string.CompareOrdinal(members[members.Count - 1].Key, key) < 0;
                    if (members.Count > 0)
                    {
                        output.Append(',');
                    }

                    var start = output.Length;
                    WriteString(output, key);
                    output.Append(':');
                    WriteValue(output, depth + 1);
                    members.Add(new Member(key, start - regionStart, output.Length - start));
                    SkipWhitespace();
                    if (AtEnd)
                    {
                        throw Error("unterminated object");
                    }

                    if (text[position] == ',')
                    {
                        position++;
                        continue;
                    }

                    ExpectChar('}');
                    break;
                }

                if (!sorted)
                {
                    var region = output.ToString(regionStart, output.Length - regionStart);
                    output.Length = regionStart;
                    members.Sort((a, b) => string.CompareOrdinal(a.Key, b.Key));
                    for (var i = 0; i < members.Count; i++)
                    {
                        if (i > 0)
                        {
                            output.Append(',');
                        }

                        output.Append(region, members[i].Start, members[i].Length);
                    }
                }

                output.Append('}');
            }

            private static bool NeedsEscaping(string value)
            {
                foreach (var c in value)
                {
                    if (c < 0x20 || c == '"' || c == '\\')
                    {
                        return true;
                    }
                }

                return false;
            }

            private void WriteArray(StringBuilder output, int depth)
            {
                position++; // [
                output.Append('[');
                SkipWhitespace();
                if (!AtEnd && text[position] == ']')
                {
                    position++;
                    output.Append(']');
                    return;
                }

                var first = true;
                while (true)
                {
                    SkipWhitespace();
                    if (!first)
                    {
                        output.Append(',');
                    }

                    first = false;
                    WriteValue(output, depth + 1);
                    SkipWhitespace();
                    if (AtEnd)
                    {
                        throw Error("unterminated array");
                    }

                    if (text[position] == ',')
                    {
                        position++;
                        continue;
                    }

                    ExpectChar(']');
                    break;
                }

                output.Append(']');
            }

            private string ReadString()
            {
                position++; // opening quote
                var plain = position;
                while (plain < text.Length)
                {
                    var c = text[plain];
                    if (c == '"')
                    {
                        var unescaped = text.Substring(position, plain - position);
                        position = plain + 1;
                        return unescaped;
                    }

                    if (c == '\\' || c < 0x20 || char.IsSurrogate(c))
                    {
                        break; // escapes, control characters and surrogates take the careful path below
                    }

                    plain++;
                }

                var builder = new StringBuilder();
                while (true)
                {
                    if (AtEnd)
                    {
                        throw Error("unterminated string");
                    }

                    var c = text[position++];
                    if (c == '"')
                    {
                        break;
                    }

                    if (c < 0x20)
                    {
                        position--;
                        throw Error("control character in string");
                    }

                    if (c != '\\')
                    {
                        builder.Append(c);
                        continue;
                    }

                    if (AtEnd)
                    {
                        throw Error("unterminated escape");
                    }

                    var escape = text[position++];
                    switch (escape)
                    {
                        case '"': builder.Append('"'); break;
                        case '\\': builder.Append('\\'); break;
                        case '/': builder.Append('/'); break;
                        case 'b': builder.Append('\b'); break;
                        case 'f': builder.Append('\f'); break;
                        case 'n': builder.Append('\n'); break;
                        case 'r': builder.Append('\r'); break;
                        case 't': builder.Append('\t'); break;
                        case 'u': builder.Append(ReadHex4()); break;
                        default:
                            position--;
                            throw Error("invalid escape \\" + escape);
                    }
                }

                var result = builder.ToString();
                for (var i = 0; i < result.Length; i++)
                {
                    // I-JSON (RFC 7493) forbids lone surrogates; their canonical form is undefined.
                    if (char.IsHighSurrogate(result[i]) && i + 1 < result.Length && char.IsLowSurrogate(result[i + 1]))
                    {
                        i++;
                    }
                    else if (char.IsSurrogate(result[i]))
                    {
                        throw Error("lone surrogate in string");
                    }
                }

                return result;
            }

            private char ReadHex4()
            {
                if (position + 4 > text.Length)
                {
                    throw Error("truncated \\u escape");
                }

                var hex = text.Substring(position, 4);
                if (!int.TryParse(hex, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code))
                {
                    throw Error("invalid \\u escape");
                }

                position += 4;
                return (char)code;
            }

            // Integers of up to 15 digits are exact doubles printed as written (bar "-0"), so they skip
            // the shortest-round-trip search; everything else goes through FormatNumber.
            private void WriteNumber(StringBuilder output)
            {
                var start = position;
                var value = ReadNumber();
                var length = position - start;
                var negative = text[start] == '-';
                var digits = negative ? length - 1 : length;
                var plainInteger = digits <= 15;
                for (var i = negative ? start + 1 : start; plainInteger && i < position; i++)
                {
                    plainInteger = IsDigit(text[i]);
                }

                if (plainInteger && value != 0)
                {
                    output.Append(text, start, length);
                }
                else
                {
                    output.Append(FormatNumber(value));
                }
            }

            private double ReadNumber()
            {
                var start = position;
                if (!AtEnd && text[position] == '-')
                {
                    position++;
                }

                if (AtEnd || !IsDigit(text[position]))
                {
                    position = start;
                    throw Error("unexpected character");
                }

                if (text[position] == '0')
                {
                    position++;
                }
                else
                {
                    SkipDigits();
                }

                if (!AtEnd && text[position] == '.')
                {
                    position++;
                    RequireDigits();
                }

                if (!AtEnd && (text[position] == 'e' || text[position] == 'E'))
                {
                    position++;
                    if (!AtEnd && (text[position] == '+' || text[position] == '-'))
                    {
                        position++;
                    }

                    RequireDigits();
                }

                var value = double.Parse(text.Substring(start, position - start), NumberStyles.Float, CultureInfo.InvariantCulture);
                if (double.IsInfinity(value))
                {
                    position = start;
                    throw Error("number out of the IEEE 754 double range");
                }

                return value;
            }

            private void RequireDigits()
            {
                if (AtEnd || !IsDigit(text[position]))
                {
                    throw Error("expected a digit");
                }

                SkipDigits();
            }

            private void SkipDigits()
            {
                while (!AtEnd && IsDigit(text[position]))
                {
                    position++;
                }
            }

            private static bool IsDigit(char c) => c >= '0' && c <= '9';

            private void Expect(string literal)
            {
                if (string.CompareOrdinal(text, position, literal, 0, literal.Length) != 0)
                {
                    throw Error("unexpected character");
                }

                position += literal.Length;
            }

            private void ExpectChar(char c)
            {
                if (AtEnd || text[position] != c)
                {
                    throw Error("expected '" + c + "'");
                }

                position++;
            }

            private static void WriteString(StringBuilder output, string value)
            {
                output.Append('"');
                if (!NeedsEscaping(value))
                {
                    output.Append(value).Append('"');
                    return;
                }

                foreach (var c in value)
                {
                    switch (c)
                    {
                        case '"': output.Append("\\\""); break;
                        case '\\': output.Append("\\\\"); break;
                        case '\b': output.Append("\\b"); break;
                        case '\f': output.Append("\\f"); break;
                        case '\n': output.Append("\\n"); break;
                        case '\r': output.Append("\\r"); break;
                        case '\t': output.Append("\\t"); break;
                        default:
                            if (c < 0x20)
                            {
                                output.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                            }
                            else
                            {
                                output.Append(c);
                            }

                            break;
                    }
                }

                output.Append('"');
            }
        }
    }
}
