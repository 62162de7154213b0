using System.Globalization;
using Policy.Core.Findings;
using Policy.Core.Validation;

namespace Policy.Core.Formatting;

/// <summary>
/// GitHub Actions workflow commands (<c>::error file=…,line=…,col=…,title=…::message</c>). GitHub
/// shows at most 10 annotations of each level per step and drops the rest silently, so after 10 of a
/// level this writes one notice saying how many more there are, and every finding in a log group.
/// </summary>
public sealed class GitHubAnnotationsFormatter : IReportFormatter
{
    /// <summary>GitHub's per-step limit for each annotation level.</summary>
    public const int PerLevelLimit = 10;

    public string Name => "github";

    public void Write(ValidationReport report, TextWriter writer)
    {
        var hidden = 0;
        foreach (var group in report.Findings.GroupBy(f => f.Severity).OrderByDescending(g => g.Key))
        {
            var limit = group.Key == Severity.Note ? PerLevelLimit - 1 : PerLevelLimit;
            foreach (var finding in group.Take(limit))
            {
                writer.WriteLine(string.Create(
                    CultureInfo.InvariantCulture,
                    $"::{Level(finding.Severity)} file={Property(finding.File)},line={finding.Line},col={finding.Column},title={Property(finding.Rule)}::{Data(finding.Message)}"));
            }

            hidden += Math.Max(0, group.Count() - limit);
        }

        if (hidden > 0)
        {
            writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"::notice title=policy::{hidden} more finding(s) are not annotated (GitHub shows 10 per level); see the log below or the SARIF report."));
        }

        writer.WriteLine("::group::policy findings");
        new TextFormatter().Write(report, writer);
        writer.WriteLine("::endgroup::");
    }

    private static string Level(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "notice",
    };

    internal static string Data(string text) => text.Replace("%", "%25", StringComparison.Ordinal).Replace("\r", "%0D", StringComparison.Ordinal).Replace("\n", "%0A", StringComparison.Ordinal);

    internal static string Property(string text) => Data(text).Replace(":", "%3A", StringComparison.Ordinal).Replace(",", "%2C", StringComparison.Ordinal);
}
