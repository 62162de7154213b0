// Strict RFC 8259 reader embedded as source: analyzers cannot safely load System.Text.Json or
// Newtonsoft.Json inside the compiler (dotnet/roslyn #41785, StyleCop #1624). What it accepts is the
// kernel's strict JSON (tools/Policy.Kernel/Json/StrictJson.cs), the same as the CLI's reader: both
// are held to tests/TestData/strict-json.
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using Policy.Kernel.Json;

namespace Policy.Analyzers.Json
{
    internal sealed class JsonReader
    {
        /// <summary>Objects and arrays nested deeper are refused (and the compiler's stack is safe).</summary>
        public const int MaxDepth = StrictJson.MaxDepth;

        private readonly string text;
        private int position;

        private JsonReader(string text)
        {
            this.text = text;
        }

        /// <summary>Parses a whole document; throws <see cref="JsonReadException"/> with the offset of the problem.</summary>
        public static JsonValue Parse(string text)
        {
            var reader = new JsonReader(text);
            if (text.Length > 0 && text[0] == '\uFEFF')
            {
                throw new JsonReadException("the file starts with a UTF-8 byte order mark; save it as UTF-8 without BOM (RFC 8259 §8.1)", 0, StrictJsonProblem.ByteOrderMark);
            }

            reader.SkipWhitespace();
            var value = reader.ReadValue(0);
            reader.SkipWhitespace();
            if (reader.position < text.Length)
            {
                throw new JsonReadException("unexpected text after the JSON value", reader.position);
            }

            return value;
        }

        private JsonValue ReadValue(int depth)
        {
            if (position < text.Length && (text[position] == '{' || text[position] == '[') && depth >= MaxDepth)
            {
                throw new JsonReadException($"nesting is deeper than the limit of {MaxDepth} levels", position, StrictJsonProblem.TooDeep);
            }

            if (position >= text.Length)
            {
                throw new JsonReadException("unexpected end of file; a value was expected", position);
            }

            switch (text[position])
            {
                case '{':
                    return ReadObject(depth);
                case '[':
                    return ReadArray(depth);
                case '"':
                    var start = position;
                    var value = ReadString();
                    return new JsonString(start, position, value);
                case 't':
                    return ReadLiteral("true", JsonNodeKind.True);
                case 'f':
                    return ReadLiteral("false", JsonNodeKind.False);
                case 'n':
                    return ReadLiteral("null", JsonNodeKind.Null);
                default:
                    if (text[position] == '-' || (text[position] >= '0' && text[position] <= '9'))
                    {
                        return ReadNumber();
                    }

                    throw new JsonReadException($"unexpected character '{Describe(text[position])}'; a value was expected", position);
            }
        }

        private JsonObject ReadObject(int depth)
        {
            var start = position++;
            var members = new List<JsonMember>();
            var byName = new Dictionary<string, JsonMember>(System.StringComparer.Ordinal);
            SkipWhitespace();
            if (Peek() == '}')
            {
                position++;
                return new JsonObject(start, position, members, byName);
            }

            while (true)
            {
                SkipWhitespace();
                if (Peek() != '"')
                {
                    throw new JsonReadException("a property name in double quotes was expected", position);
                }

                var nameStart = position;
                var name = ReadString();
                SkipWhitespace();
                Expect(':', "':' was expected after the property name");
                SkipWhitespace();
                var value = ReadValue(depth + 1);
                if (byName.ContainsKey(name))
                {
                    throw new JsonReadException($"duplicate property name \"{name}\" in the same object", nameStart, StrictJsonProblem.DuplicateName);
                }

                var member = new JsonMember(name, nameStart, value);
                members.Add(member);
                byName.Add(name, member);
                SkipWhitespace();
                if (Peek() == ',')
                {
                    position++;
                    continue;
                }

                Expect('}', "',' or '}' was expected in the object");
                return new JsonObject(start, position, members, byName);
            }
        }

        private JsonArray ReadArray(int depth)
        {
            var start = position++;
            var elements = new List<JsonValue>();
            SkipWhitespace();
            if (Peek() == ']')
            {
                position++;
                return new JsonArray(start, position, elements);
            }

            while (true)
            {
                SkipWhitespace();
                elements.Add(ReadValue(depth + 1));
                SkipWhitespace();
                if (Peek() == ',')
                {
                    position++;
                    continue;
                }

                Expect(']', "',' or ']' was expected in the array");
                return new JsonArray(start, position, elements);
            }
        }

        private string ReadString()
        {
            var start = position++;
            var builder = new StringBuilder();
            while (true)
            {
                if (position >= text.Length)
                {
                    throw new JsonReadException("unterminated string", start);
                }

                var c = text[position++];
                if (c == '"')
                {
                    var value = builder.ToString();
                    var lone = StrictJson.IndexOfLoneSurrogate(value);
                    if (lone >= 0)
                    {
                        throw new JsonReadException(StrictJson.LoneSurrogateMessage(value[lone]), start, StrictJsonProblem.LoneSurrogate);
                    }

                    return value;
                }

                if (c < ' ')
                {
                    throw new JsonReadException("control character in a string; escape it", position - 1);
                }

                if (c != '\\')
                {
                    builder.Append(c);
                    continue;
                }

                if (position >= text.Length)
                {
                    throw new JsonReadException("unterminated string", start);
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
                    case 'u':
                        if (position + 4 > text.Length
                            || !int.TryParse(text.Substring(position, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code))
                        {
                            throw new JsonReadException("\\u must be followed by four hex digits", position - 2);
                        }

                        builder.Append((char)code);
                        position += 4;
                        break;
                    default:
                        throw new JsonReadException($"invalid escape '\\{Describe(escape)}'", position - 2);
                }
            }
        }

        private JsonNumber ReadNumber()
        {
            var start = position;
            if (Peek() == '-')
            {
                position++;
            }

            if (Peek() == '0')
            {
                position++;
            }
            else if (!ReadDigits())
            {
                throw new JsonReadException("a digit was expected in the number", position);
            }

            if (Peek() == '.')
            {
                position++;
                if (!ReadDigits())
                {
                    throw new JsonReadException("a digit was expected after the decimal point", position);
                }
            }

            if (Peek() == 'e' || Peek() == 'E')
            {
                position++;
                if (Peek() == '+' || Peek() == '-')
                {
                    position++;
                }

                if (!ReadDigits())
                {
                    throw new JsonReadException("a digit was expected in the exponent", position);
                }
            }

            return new JsonNumber(start, position, text.Substring(start, position - start));
        }

        private bool ReadDigits()
        {
            var start = position;
            while (position < text.Length && text[position] >= '0' && text[position] <= '9')
            {
                position++;
            }

            return position > start;
        }

        private JsonLiteral ReadLiteral(string literal, JsonNodeKind kind)
        {
            if (string.CompareOrdinal(text, position, literal, 0, literal.Length) != 0)
            {
                throw new JsonReadException($"unexpected character '{Describe(text[position])}'; a value was expected", position);
            }

            var start = position;
            position += literal.Length;
            return new JsonLiteral(start, position, kind);
        }

        private void Expect(char expected, string message)
        {
            if (Peek() != expected)
            {
                throw new JsonReadException(position >= text.Length ? "unexpected end of file; " + message : message, position);
            }

            position++;
        }

        private char Peek() => position < text.Length ? text[position] : '\0';

        private void SkipWhitespace()
        {
            while (position < text.Length && (text[position] == ' ' || text[position] == '\t' || text[position] == '\n' || text[position] == '\r'))
            {
                position++;
            }
        }

        private static string Describe(char c) => c < ' ' ? "\\u" + ((int)c).ToString("x4", CultureInfo.InvariantCulture) : c.ToString();
    }
}
