namespace Policy.JsonSchema.Formats;

/// <summary>hostname (RFC 1123), ipv4, ipv6 (RFC 4291 text forms, no zone) and email (RFC 5321 addr-spec).</summary>
internal static class NetworkFormats
{
    public static bool IsHostname(string text)
    {
        if (text.Length == 0 || text.Length > 253)
        {
            return false;
        }

        foreach (var label in text.Split('.'))
        {
            if (label.Length is 0 or > 63 || label[0] == '-' || label[^1] == '-')
            {
                return false;
            }

            foreach (var c in label)
            {
                if (!char.IsAsciiLetterOrDigit(c) && c != '-')
                {
                    return false;
                }
            }

            // "--" in positions 3-4 is reserved for A-labels ("xn--"), which must be valid Punycode IDNA labels.
            if (label.Length >= 4 && label[2] == '-' && label[3] == '-')
            {
                if (!label.StartsWith("xn--", StringComparison.OrdinalIgnoreCase) || !IsALabel(label))
                {
                    return false;
                }
            }
        }

        return true;
    }

    private static readonly System.Globalization.IdnMapping Idn = new() { UseStd3AsciiRules = true, AllowUnassigned = false };

    private static bool IsALabel(string label)
    {
        try
        {
            var unicode = Idn.GetUnicode(label);
            return (unicode.Length < 4 || unicode[2] != '-' || unicode[3] != '-') && IdnaContextRules.Allows(unicode);
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    public static bool IsIPv4(string text)
    {
        var parts = text.Split('.');
        if (parts.Length != 4)
        {
            return false;
        }

        foreach (var part in parts)
        {
            if (part.Length is 0 or > 3 || (part.Length > 1 && part[0] == '0') || !part.All(char.IsAsciiDigit) || int.Parse(part, System.Globalization.CultureInfo.InvariantCulture) > 255)
            {
                return false;
            }
        }

        return true;
    }

    public static bool IsIPv6(string text)
    {
        if (text.Length < 2 || text.Length > 45)
        {
            return false;
        }

        var groups = 0;
        var compressed = false;
        var i = 0;
        if (text.StartsWith("::", StringComparison.Ordinal))
        {
            compressed = true;
            i = 2;
            if (i == text.Length)
            {
                return true;
            }
        }
        else if (text[0] == ':')
        {
            return false;
        }

        while (i < text.Length)
        {
            var start = i;
            while (i < text.Length && char.IsAsciiHexDigit(text[i]))
            {
                i++;
            }

            if (i < text.Length && text[i] == '.')
            {
                // Embedded IPv4 in the last 32 bits.
                if (!IsIPv4(text[start..]))
                {
                    return false;
                }

                groups += 2;
                i = text.Length;
                break;
            }

            var length = i - start;
            if (length is 0 or > 4)
            {
                return false;
            }

            groups++;
            if (i == text.Length)
            {
                break;
            }

            if (text[i] != ':')
            {
                return false;
            }

            i++;
            if (i < text.Length && text[i] == ':')
            {
                if (compressed)
                {
                    return false;
                }

                compressed = true;
                i++;
                if (i == text.Length)
                {
                    break;
                }
            }
            else if (i == text.Length)
            {
                return false;
            }
        }

        return compressed ? groups < 8 : groups == 8;
    }

    public static bool IsEmail(string text)
    {
        var at = text.LastIndexOf('@');
        if (at <= 0 || at == text.Length - 1)
        {
            return false;
        }

        var local = text[..at];
        var domain = text[(at + 1)..];
        return IsLocalPart(local) && IsMailDomain(domain);
    }

    private static bool IsLocalPart(string local)
    {
        if (local.Length > 64)
        {
            return false;
        }

        if (local.Length >= 2 && local[0] == '"' && local[^1] == '"')
        {
            var inner = local[1..^1];
            for (var i = 0; i < inner.Length; i++)
            {
                var c = inner[i];
                if (c == '\\')
                {
                    i++;
                    if (i >= inner.Length)
                    {
                        return false;
                    }
                }
                else if (c == '"' || c < 32 || c > 126)
                {
                    return false;
                }
            }

            return true;
        }

        if (local[0] == '.' || local[^1] == '.' || local.Contains("..", StringComparison.Ordinal))
        {
            return false;
        }

        const string specials = "!#$%&'*+-/=?^_`{|}~.";
        return local.All(c => char.IsAsciiLetterOrDigit(c) || specials.Contains(c));
    }

    private static bool IsMailDomain(string domain)
    {
        if (domain.StartsWith('[') && domain.EndsWith(']'))
        {
            var literal = domain[1..^1];
            return literal.StartsWith("IPv6:", StringComparison.Ordinal) ? IsIPv6(literal[5..]) : IsIPv4(literal);
        }

        return IsHostname(domain);
    }
}
