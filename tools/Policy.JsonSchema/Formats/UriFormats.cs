using System.Text.RegularExpressions;

namespace Policy.JsonSchema.Formats;

/// <summary>uri and uri-reference by the RFC 3986 grammar (ASCII only; IRIs are a different format).</summary>
internal static partial class UriFormats
{
    private const string Unreserved = @"A-Za-z0-9\-._~";
    private const string SubDelims = @"!$&'()*+,;=";
    private const string Pct = "%[0-9A-Fa-f]{2}";
    private const string PChar = "(?:[" + Unreserved + SubDelims + ":@]|" + Pct + ")";
    private const string Segment = PChar + "*";
    private const string SegmentNz = PChar + "+";
    private const string SegmentNzNc = "(?:[" + Unreserved + SubDelims + "@]|" + Pct + ")+";
    private const string Scheme = "[A-Za-z][A-Za-z0-9+\\-.]*";
    private const string UserInfo = "(?:[" + Unreserved + SubDelims + ":]|" + Pct + ")*";
    private const string IpLiteral = @"\[(?:[0-9A-Fa-f:.]+|[vV][0-9A-Fa-f]+\.[" + Unreserved + SubDelims + @":]+)\]";
    private const string RegName = "(?:[" + Unreserved + SubDelims + "]|" + Pct + ")*";
    private const string Host = "(?:" + IpLiteral + "|" + RegName + ")";
    private const string Authority = "(?:" + UserInfo + "@)?" + Host + "(?::[0-9]*)?";
    private const string PathAbEmpty = "(?:/" + Segment + ")*";
    private const string PathAbsolute = "/(?:" + SegmentNz + "(?:/" + Segment + ")*)?";
    private const string PathRootless = SegmentNz + "(?:/" + Segment + ")*";
    private const string PathNoScheme = SegmentNzNc + "(?:/" + Segment + ")*";
    private const string Query = "(?:" + PChar + "|[/?])*";
    private const string Hier = "(?://" + Authority + PathAbEmpty + "|" + PathAbsolute + "|" + PathRootless + "|)";
    private const string Relative = "(?://" + Authority + PathAbEmpty + "|" + PathAbsolute + "|" + PathNoScheme + "|)";
    private const string UriPattern = "^" + Scheme + ":" + Hier + "(?:\\?" + Query + ")?(?:#" + Query + ")?\\z";
    private const string RelativePattern = "^" + Relative + "(?:\\?" + Query + ")?(?:#" + Query + ")?\\z";

    [GeneratedRegex(UriPattern, RegexOptions.CultureInvariant)]
    private static partial Regex UriRegex();

    [GeneratedRegex(RelativePattern, RegexOptions.CultureInvariant)]
    private static partial Regex RelativeRegex();

    public static bool IsUri(string text) => UriRegex().IsMatch(text) && IpLiteralsValid(text);

    public static bool IsUriReference(string text) => (UriRegex().IsMatch(text) || RelativeRegex().IsMatch(text)) && IpLiteralsValid(text);

    /// <summary>The grammar above accepts any hex-and-colon literal; the address inside must really be IPv6.</summary>
    private static bool IpLiteralsValid(string text)
    {
        var start = text.IndexOf("//[", StringComparison.Ordinal);
        if (start < 0)
        {
            return true;
        }

        var end = text.IndexOf(']', start);
        var literal = text[(start + 3)..end];
        return literal.StartsWith('v') || literal.StartsWith('V') || NetworkFormats.IsIPv6(literal);
    }
}
