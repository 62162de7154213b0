using System.Text.RegularExpressions;
using Policy.JsonSchema.Text;

namespace Policy.JsonSchema.Formats;

/// <summary>A format we can check: the test and how to describe it to a person.</summary>
internal sealed record FormatChecker(string Name, string Description, Func<string, bool> IsValid);

/// <summary>The formats asserted when AssertFormat is on; any other format name passes.</summary>
internal static partial class FormatCatalog
{
    private static readonly Dictionary<string, FormatChecker> Checkers = new FormatChecker[]
    {
        new("date", "the date format (YYYY-MM-DD)", DateTimeFormats.IsDate),
        new("date-time", "the date-time format (RFC 3339, e.g. 2025-01-31T09:30:00Z)", DateTimeFormats.IsDateTime),
        new("time", "the time format (RFC 3339, e.g. 09:30:00Z)", DateTimeFormats.IsTime),
        new("duration", "the duration format (ISO 8601, e.g. P30D or PT12H)", DateTimeFormats.IsDuration),
        new("email", "the email format (name@example.org)", NetworkFormats.IsEmail),
        new("hostname", "the hostname format (e.g. api.example.org)", NetworkFormats.IsHostname),
        new("ipv4", "the ipv4 format (e.g. 192.0.2.1)", NetworkFormats.IsIPv4),
        new("ipv6", "the ipv6 format (e.g. 2001:db8::1)", NetworkFormats.IsIPv6),
        new("uri", "the uri format (an absolute URI with a scheme, e.g. https://example.org/x)", UriFormats.IsUri),
        new("uri-reference", "the uri-reference format (a URI or relative reference)", UriFormats.IsUriReference),
        new("uuid", "the uuid format (8-4-4-4-12 hexadecimal digits)", text => UuidRegex().IsMatch(text)),
        new("regex", "the regex format (an ECMA-262 regular expression)", EcmaRegex.IsValid),
        new("json-pointer", "the json-pointer format (RFC 6901, e.g. /a/b)", IsJsonPointer),
        new("relative-json-pointer", "the relative-json-pointer format (e.g. 1/a)", IsRelativeJsonPointer),
    }.ToDictionary(c => c.Name, StringComparer.Ordinal);

    public static FormatChecker? Find(string name) => Checkers.GetValueOrDefault(name);

    [GeneratedRegex("^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}\\z", RegexOptions.CultureInvariant)]
    private static partial Regex UuidRegex();

    private static bool IsJsonPointer(string text)
    {
        if (text.Length > 0 && text[0] != '/')
        {
            return false;
        }

        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '~' && (i + 1 >= text.Length || (text[i + 1] != '0' && text[i + 1] != '1')))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsRelativeJsonPointer(string text)
    {
        var i = 0;
        while (i < text.Length && char.IsAsciiDigit(text[i]))
        {
            i++;
        }

        if (i == 0 || (i > 1 && text[0] == '0'))
        {
            return false;
        }

        var rest = text[i..];
        return rest == "#" || IsJsonPointer(rest);
    }
}
