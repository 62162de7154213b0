namespace Policy.JsonSchema.Formats;

/// <summary>
/// The contextual and exceptional rules of RFC 5892 that the platform's IDNA mapping does not apply:
/// checked on the Unicode form of an A-label ("xn--...").
/// </summary>
internal static class IdnaContextRules
{
    public static bool Allows(string label)
    {
        var hasKatakanaDot = false;
        var hasJapanese = false;
        var hasArabicIndic = false;
        var hasExtendedArabicIndic = false;
        for (var i = 0; i < label.Length; i++)
        {
            var c = label[i];
            switch (c)
            {
                case '\u0640' or '\u07FA' or '\u302E' or '\u302F' or (>= '\u3031' and <= '\u3035') or '\u303B':
                    return false; // DISALLOWED exceptions
                case '\u00B7' when i == 0 || i == label.Length - 1 || label[i - 1] != 'l' || label[i + 1] != 'l':
                    return false; // MIDDLE DOT only between two 'l'
                case '\u0375' when i == label.Length - 1 || !IsGreek(label[i + 1]):
                    return false; // KERAIA must precede Greek
                case '\u05F3' or '\u05F4' when i == 0 || !IsHebrew(label[i - 1]):
                    return false; // GERESH, GERSHAYIM must follow Hebrew
                case '\u30FB':
                    hasKatakanaDot = true;
                    break;
                case >= '\u0660' and <= '\u0669':
                    hasArabicIndic = true;
                    break;
                case >= '\u06F0' and <= '\u06F9':
                    hasExtendedArabicIndic = true;
                    break;
                default:
                    hasJapanese |= IsJapanese(c);
                    break;
            }
        }

        return (!hasKatakanaDot || hasJapanese) && !(hasArabicIndic && hasExtendedArabicIndic);
    }

    private static bool IsGreek(char c) => c is (>= '\u0370' and <= '\u03FF') or (>= '\u1F00' and <= '\u1FFF');

    private static bool IsHebrew(char c) => c is (>= '\u0590' and <= '\u05FF') or (>= '\uFB1D' and <= '\uFB4F');

    private static bool IsJapanese(char c) =>
        c is (>= '\u3040' and <= '\u309F') or (>= '\u30A0' and <= '\u30FF') or (>= '\u31F0' and <= '\u31FF')
            or (>= '\u3400' and <= '\u4DBF') or (>= '\u4E00' and <= '\u9FFF') or (>= '\uF900' and <= '\uFAFF')
            or (>= '\uD840' and <= '\uD87F'); // high surrogates of the CJK extension planes
}
