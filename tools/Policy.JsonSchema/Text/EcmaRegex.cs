using System.Collections.Concurrent;
using System.Text;
using System.Text.RegularExpressions;

namespace Policy.JsonSchema.Text;

/// <summary>
/// ECMA-262 patterns (what JSON Schema specifies) run on .NET: \d, \w, \s and their negations mean the
/// ECMAScript (ASCII / JS whitespace) sets, and $ means end of input only. Unicode property escapes
/// (\p{L}) keep working, which RegexOptions.ECMAScript would refuse.
/// </summary>
internal static class EcmaRegex
{
    private static readonly ConcurrentDictionary<(string, TimeSpan), Lazy<Regex?>> Cache = new();

    private const string Digit = "0-9";
    private const string Word = "a-zA-Z0-9_";
    private const string Space = @"\t\n\v\f\r \u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff";

    /// <summary>The compiled pattern, or null if it is not a valid regular expression.</summary>
    public static Regex? TryGet(string pattern, TimeSpan timeout) =>
        Cache.GetOrAdd((pattern, timeout), key => new Lazy<Regex?>(() => TryCompile(key.Item1, key.Item2))).Value;

    public static bool IsValid(string pattern) => HasOnlyEcmaEscapes(pattern) && TryGet(pattern, TimeSpan.FromSeconds(1)) is not null;

    private static Regex? TryCompile(string pattern, TimeSpan timeout)
    {
        try
        {
            return new Regex(Translate(pattern), RegexOptions.CultureInvariant | RegexOptions.Compiled, timeout);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    public static string Translate(string pattern)
    {
        var builder = new StringBuilder(pattern.Length + 16);
        var inClass = false;
        for (var i = 0; i < pattern.Length; i++)
        {
            var c = pattern[i];
            if (c == '\\' && i + 1 < pattern.Length)
            {
                var next = pattern[++i];
                switch (next)
                {
                    case 'd': builder.Append(inClass ? Digit : "[" + Digit + "]"); break;
                    case 'D': builder.Append(inClass ? @"\D" : "[^" + Digit + "]"); break;
                    case 'w': builder.Append(inClass ? Word : "[" + Word + "]"); break;
                    case 'W': builder.Append(inClass ? @"\W" : "[^" + Word + "]"); break;
                    case 's': builder.Append(inClass ? Space : "[" + Space + "]"); break;
                    case 'S': builder.Append(inClass ? @"\S" : "[^" + Space + "]"); break;
                    default: builder.Append('\\').Append(next); break;
                }

                continue;
            }

            if (inClass)
            {
                if (c == ']')
                {
                    inClass = false;
                }
                else if (c == '[')
                {
                    builder.Append('\\'); // ECMAScript has no nested classes or class subtraction
                }

                builder.Append(c);
                continue;
            }

            switch (c)
            {
                case '[':
                    if (pattern.AsSpan(i + 1).StartsWith("]"))
                    {
                        builder.Append("(?!)"); // "[]" matches nothing in ECMAScript
                        i++;
                    }
                    else if (pattern.AsSpan(i + 1).StartsWith("^]"))
                    {
                        builder.Append(@"[\s\S]"); // "[^]" matches anything
                        i += 2;
                    }
                    else
                    {
                        inClass = true;
                        builder.Append('[');
                        if (i + 1 < pattern.Length && pattern[i + 1] == '^')
                        {
                            builder.Append('^');
                            i++;
                        }
                    }

                    break;
                case '$':
                    builder.Append(@"\z"); // end of input only, not before a final newline
                    break;
                default:
                    builder.Append(c);
                    break;
            }
        }

        return builder.ToString();
    }

    /// <summary>ECMAScript (with the u flag) rejects identity escapes of letters that .NET accepts, e.g. "\a".</summary>
    private static bool HasOnlyEcmaEscapes(string pattern)
    {
        for (var i = 0; i < pattern.Length - 1; i++)
        {
            if (pattern[i] != '\\')
            {
                continue;
            }

            var next = pattern[++i];
            if (char.IsAsciiLetter(next) && "dDwWsSbBnrtfvcxupPk0".IndexOf(next) < 0)
            {
                return false;
            }
        }

        return true;
    }
}
