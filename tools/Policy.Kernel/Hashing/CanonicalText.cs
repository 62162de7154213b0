// RFC 8785 §3.2.2: how strings and numbers are written, from decoded text or from the UTF-8 a reader
// still holds. Both forms give the same bytes; the escapes and the number rule are written once.
// A null output only decides: the same refusals are made, nothing is written (the hashability check).
using System;
using System.Globalization;
using Policy.Kernel.Json;

namespace Policy.Kernel.Hashing
{
    internal static class CanonicalText
    {
        /// <summary>A decoded string: refused if it holds a lone surrogate (no UTF-8 form), else escaped minimally.</summary>
        public static void WriteString(Utf8Output? output, string value)
        {
            var lone = StrictJson.IndexOfLoneSurrogate(value);
            if (lone >= 0)
            {
                throw new JsonCanonicalizationException(StrictJson.LoneSurrogateMessage(value[lone]));
            }

            if (output is null)
            {
                return;
            }

            output.Append((byte)'"');
            var plainFrom = 0;
            for (var i = 0; i < value.Length; i++)
            {
                if (!NeedsEscape(value[i]))
                {
                    continue;
                }

                output.AppendText(value, plainFrom, i - plainFrom);
                plainFrom = i + 1;
                output.AppendAscii(EscapeOf(value[i]));
            }

            output.AppendText(value, plainFrom, value.Length - plainFrom);
            output.Append((byte)'"');
        }

        /// <summary>A string's text as valid UTF-8 (which cannot hold a lone surrogate, so is never refused), escaped minimally.</summary>
        public static void WriteString(Utf8Output? output, ReadOnlySpan<byte> utf8)
        {
            if (output is null)
            {
                return;
            }

            output.Append((byte)'"');
            var plainFrom = 0;
            for (var i = 0; i < utf8.Length; i++)
            {
                if (!NeedsEscape((char)utf8[i]))
                {
                    continue;
                }

                output.Append(utf8.Slice(plainFrom, i - plainFrom));
                plainFrom = i + 1;
                output.AppendAscii(EscapeOf((char)utf8[i]));
            }

            output.Append(utf8.Slice(plainFrom));
            output.Append((byte)'"');
        }

        public static void WriteNumber(Utf8Output? output, string text)
        {
            if (IsShortPlainInteger(text.AsSpan()))
            {
                output?.AppendAscii(text);
                return;
            }

            WriteAsDouble(output, text);
        }

        public static void WriteNumber(Utf8Output? output, ReadOnlySpan<byte> text)
        {
            if (IsShortPlainInteger(text))
            {
                output?.Append(text);
                return;
            }

            var chars = new char[text.Length];
            for (var i = 0; i < text.Length; i++)
            {
                chars[i] = (char)text[i];
            }

            WriteAsDouble(output, new string(chars));
        }

        // Only '"', '\\' and the C0 controls are escaped; every other character is written as itself.
        private static bool NeedsEscape(char c) => c < 0x20 || c == '"' || c == '\\';

        private static string EscapeOf(char c)
        {
            switch (c)
            {
                case '"': return "\\\"";
                case '\\': return "\\\\";
                case '\b': return "\\b";
                case '\f': return "\\f";
                case '\n': return "\\n";
                case '\r': return "\\r";
                case '\t': return "\\t";
                default: return "\\u" + ((int)c).ToString("x4", CultureInfo.InvariantCulture);
            }
        }

        // Integers of up to 15 digits are exact doubles printed as written (bar zero, which prints
        // "0" even as "-0"), so they skip the shortest-round-trip search.
        private static bool IsShortPlainInteger(ReadOnlySpan<char> text)
        {
            var negative = text.Length > 0 && text[0] == '-';
            var digits = negative ? text.Length - 1 : text.Length;
            if (digits == 0 || digits > 15 || text[negative ? 1 : 0] == '0')
            {
                return false;
            }

            for (var i = negative ? 1 : 0; i < text.Length; i++)
            {
                if (text[i] < '0' || text[i] > '9')
                {
                    return false;
                }
            }

            return true;
        }

        private static bool IsShortPlainInteger(ReadOnlySpan<byte> text)
        {
            Span<char> chars = stackalloc char[16];
            if (text.Length > chars.Length)
            {
                return false;
            }

            for (var i = 0; i < text.Length; i++)
            {
                chars[i] = (char)text[i];
            }

            return IsShortPlainInteger(chars.Slice(0, text.Length));
        }

        private static void WriteAsDouble(Utf8Output? output, string text)
        {
            if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || double.IsInfinity(value))
            {
                throw new JsonCanonicalizationException($"the number {Shorten(text)} is outside the IEEE 754 double range that I-JSON allows");
            }

            output?.AppendAscii(EcmaNumber.Format(value));
        }

        private static string Shorten(string text) => text.Length <= 40 ? text : text.Substring(0, 37) + "...";
    }
}
