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
        var translated = Translate(pattern);
        try
        {
            // Linear time whatever the input: no ReDoS, so no timeout bookkeeping on every match.
            return new Regex(translated, RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);
        }
        catch (NotSupportedException)
        {
            // Backreferences, lookarounds and the like need backtracking: bounded by the timeout instead.
        }
        catch (ArgumentException)
        {
            return null;
        }

        try
        {
            return new Regex(translated, RegexOptions.CultureInvariant | RegexOptions.Compiled, timeout);
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
                    case 'p' or 'P' when i + 1 < pattern.Length && pattern[i + 1] == '{':
                        var close = pattern.IndexOf('}', i);
                        if (close < 0)
                        {
                            builder.Append('\\').Append(next);
                            break;
                        }

                        builder.Append('\\').Append(next).Append('{').Append(UnicodeProperty(pattern[(i + 2)..close])).Append('}');
                        i = close;
                        break;
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

    private static readonly Dictionary<string, string> GeneralCategories = new(StringComparer.Ordinal)
    {
        ["Letter"] = "L", ["Uppercase_Letter"] = "Lu", ["Lowercase_Letter"] = "Ll", ["Titlecase_Letter"] = "Lt",
        ["Modifier_Letter"] = "Lm", ["Other_Letter"] = "Lo", ["Mark"] = "M", ["Combining_Mark"] = "M",
        ["Nonspacing_Mark"] = "Mn", ["Spacing_Mark"] = "Mc", ["Enclosing_Mark"] = "Me", ["Number"] = "N",
        ["Decimal_Number"] = "Nd", ["digit"] = "Nd", ["Letter_Number"] = "Nl", ["Other_Number"] = "No",
        ["Punctuation"] = "P", ["punct"] = "P", ["Connector_Punctuation"] = "Pc", ["Dash_Punctuation"] = "Pd",
        ["Open_Punctuation"] = "Ps", ["Close_Punctuation"] = "Pe", ["Initial_Punctuation"] = "Pi",
        ["Final_Punctuation"] = "Pf", ["Other_Punctuation"] = "Po", ["Symbol"] = "S", ["Math_Symbol"] = "Sm",
        ["Currency_Symbol"] = "Sc", ["Modifier_Symbol"] = "Sk", ["Other_Symbol"] = "So", ["Separator"] = "Z",
        ["Space_Separator"] = "Zs", ["Line_Separator"] = "Zl", ["Paragraph_Separator"] = "Zp", ["Other"] = "C",
        ["Control"] = "Cc", ["cntrl"] = "Cc", ["Format"] = "Cf", ["Surrogate"] = "Cs", ["Private_Use"] = "Co",
        ["Unassigned"] = "Cn",
    };

    /// <summary>ECMAScript names general categories in full (\p{Letter}); .NET wants the short alias (\p{L}).</summary>
    private static string UnicodeProperty(string name)
    {
        var equals = name.IndexOf('=');
        if (equals >= 0)
        {
            var kind = name[..equals];
            var value = name[(equals + 1)..];
            return kind is "General_Category" or "gc" ? GeneralCategories.GetValueOrDefault(value, value) : "Is" + value;
        }

        return GeneralCategories.GetValueOrDefault(name, name);
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
