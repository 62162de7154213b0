// What "strict JSON" means for a policy file, in one place for both readers: the CLI's
// (System.Text.Json, tools/Policy.JsonSchema/Parsing) and the analyzers' embedded reader. Both are
// held to the cases in tests/TestData/strict-json, so they accept and reject the same bytes.
namespace Policy.Kernel.Json
{
    /// <summary>Why a file is not strict JSON.</summary>
    public enum StrictJsonProblem
    {
        /// <summary>Not RFC 8259 JSON: comments, trailing commas, trailing data, bad escapes, unquoted names.</summary>
        Syntax,

        /// <summary>A UTF-8 byte order mark (RFC 8259 §8.1: implementations must not add one).</summary>
        ByteOrderMark,

        /// <summary>Bytes that are not UTF-8.</summary>
        InvalidUtf8,

        /// <summary>The same member name twice in one object: which one wins would make a document ambiguous.</summary>
        DuplicateName,

        /// <summary>Objects and arrays nested deeper than <see cref="StrictJson.MaxDepth"/>.</summary>
        TooDeep,

        /// <summary>More than <see cref="StrictJson.MaxBytes"/> bytes.</summary>
        TooLarge,

        /// <summary>A <c>\uD800</c>-<c>\uDFFF</c> escape without its pair (I-JSON, RFC 7493 §2.1): it has no UTF-8 form and no canonical form.</summary>
        LoneSurrogate,
    }

    public static class StrictJson
    {
        /// <summary>Objects and arrays nested this deep are read; one more level is refused.</summary>
        public const int MaxDepth = 64;

        /// <summary>Files larger than this (in bytes) are refused before parsing.</summary>
        public const long MaxBytes = 4 * 1024 * 1024;

        /// <summary>The index of the first unpaired surrogate in <paramref name="text"/>, or -1.</summary>
        public static int IndexOfLoneSurrogate(string text)
        {
            for (var i = 0; i < text.Length; i++)
            {
                var c = text[i];
                if (c < '\uD800' || c > '\uDFFF')
                {
                    continue;
                }

                if (c <= '\uDBFF' && i + 1 < text.Length && text[i + 1] >= '\uDC00' && text[i + 1] <= '\uDFFF')
                {
                    i++;
                    continue;
                }

                return i;
            }

            return -1;
        }

        /// <summary>The sentence both readers use for a lone surrogate.</summary>
        public static string LoneSurrogateMessage(int codeUnit) =>
            "unpaired surrogate \\u" + codeUnit.ToString("X4", System.Globalization.CultureInfo.InvariantCulture)
            + " in a string; I-JSON (RFC 7493) forbids it, and it has no UTF-8 or canonical form. Write the character itself, or its full surrogate pair";
    }
}
