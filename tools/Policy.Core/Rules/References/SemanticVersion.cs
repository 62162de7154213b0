using System.Globalization;
using System.Text.RegularExpressions;

namespace Policy.Core.Rules.References;

/// <summary>
/// An artefact's <c>version</c> (semver.org, as the schema's <c>semver</c> pattern), ordered by
/// precedence: MAJOR.MINOR.PATCH numerically, a pre-release before its release; build metadata ignored.
/// </summary>
public readonly partial record struct SemanticVersion(int Major, int Minor, int Patch, string PreRelease) : IComparable<SemanticVersion>
{
    public static SemanticVersion? Parse(string? text)
    {
        if (text is null || Pattern().Match(text) is not { Success: true } match
            || !int.TryParse(match.Groups["major"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var major)
            || !int.TryParse(match.Groups["minor"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var minor)
            || !int.TryParse(match.Groups["patch"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var patch))
        {
            return null;
        }

        return new SemanticVersion(major, minor, patch, match.Groups["pre"].Value);
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
