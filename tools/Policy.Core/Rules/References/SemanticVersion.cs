using System.Globalization;
using System.Text.RegularExpressions;

namespace Policy.Core.Rules.References;

/// <summary>
/// An artefact's <c>version</c> (semver.org, as the schema's <c>semver</c> pattern), ordered by
/// precedence: MAJOR.MINOR.PATCH numerically, a pre-release before its release; build metadata ignored.
/// </summary>
public readonly partial record struct SemanticVersion(int Major, int Minor, int Patch, string PreRelease) : IComparable<SemanticVersion>
{
    // The pattern only says whether the text is a version; its parts are then cut by hand, which makes no
    // Match or Group objects (it ran for every artefact and Approval in two rules).
    public static SemanticVersion? Parse(string? text)
    {
        if (text is null || !Pattern().IsMatch(text))
        {
            return null;
        }

        var rest = text.AsSpan();
        if (rest.EndsWith("\n"))
        {
            rest = rest[..^1]; // `$` also matches before a final line feed
        }

        var build = rest.IndexOf('+');
        if (build >= 0)
        {
            rest = rest[..build];
        }

        var dash = rest.IndexOf('-');
        var pre = dash < 0 ? string.Empty : rest[(dash + 1)..].ToString();
        var core = dash < 0 ? rest : rest[..dash];
        var first = core.IndexOf('.');
        var second = core[(first + 1)..].IndexOf('.') + first + 1;
        if (!int.TryParse(core[..first], NumberStyles.None, CultureInfo.InvariantCulture, out var major)
            || !int.TryParse(core[(first + 1)..second], NumberStyles.None, CultureInfo.InvariantCulture, out var minor)
            || !int.TryParse(core[(second + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out var patch))
        {
            return null;
        }

        return new SemanticVersion(major, minor, patch, pre);
    }

    public int CompareTo(SemanticVersion other)
    {
        var core = (Major, Minor, Patch).CompareTo((other.Major, other.Minor, other.Patch));
        if (core != 0 || PreRelease == other.PreRelease)
        {
            return core;
        }

        return PreRelease.Length == 0 ? 1 : other.PreRelease.Length == 0 ? -1 : ComparePreRelease(PreRelease, other.PreRelease);
    }

    public override string ToString() => $"{Major}.{Minor}.{Patch}{(PreRelease.Length > 0 ? "-" + PreRelease : string.Empty)}";

    /// <summary>Dot-separated identifiers: numbers numerically and before words, words by ASCII order, a shorter prefix first.</summary>
    private static int ComparePreRelease(string left, string right)
    {
        var (a, b) = (left.Split('.'), right.Split('.'));
        for (var i = 0; i < Math.Min(a.Length, b.Length); i++)
        {
            var (aNumber, bNumber) = (int.TryParse(a[i], NumberStyles.None, CultureInfo.InvariantCulture, out var x), int.TryParse(b[i], NumberStyles.None, CultureInfo.InvariantCulture, out var y));
            var order = aNumber && bNumber ? x.CompareTo(y) : aNumber ? -1 : bNumber ? 1 : string.CompareOrdinal(a[i], b[i]);
            if (order != 0)
            {
                return order;
            }
        }

        return a.Length.CompareTo(b.Length);
    }

    [GeneratedRegex(@"^(?<major>0|[1-9]\d*)\.(?<minor>0|[1-9]\d*)\.(?<patch>0|[1-9]\d*)(?:-(?<pre>[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*))?(?:\+[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*)?$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
