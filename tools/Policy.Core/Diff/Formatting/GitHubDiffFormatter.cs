using System.Globalization;
using Policy.Core.Formatting;

namespace Policy.Core.Diff.Formatting;

/// <summary>
/// GitHub Actions annotations on the changed lines of the newer side: a warning for what raises risk
/// or weakens a safeguard, a notice for the rest. Past GitHub's 10 per level, one notice counts the
/// rest (the text report in a log group has them all).
/// </summary>
public sealed class GitHubDiffFormatter : IDiffFormatter
{
    public string Name => "github";

    public void Write(PolicyDiffReport report, TextWriter writer)
    {
        var hidden = 0;
        foreach (var level in report.Changes.Where(c => c.Change != ChangeType.Removed || c.Pointer.Length > 0).GroupBy(Level))
        {
            foreach (var change in level.Take(GitHubAnnotationsFormatter.PerLevelLimit))
            {
                var title = $"{DiffWording.Label(change.Class)}: {DiffWording.Artefact(change.Kind, change.Id)}";
                var (before, after) = DiffWording.Values(change.Before, change.After);
                var message = $"{change.Reason} {(change.Pointer.Length == 0 ? "/" : change.Pointer)}: {before} -> {after}";
                writer.WriteLine(string.Create(
                    CultureInfo.InvariantCulture,
                    $"::{level.Key} file={GitHubAnnotationsFormatter.Property(change.File)},line={change.Line},title={GitHubAnnotationsFormatter.Property(title)}::{GitHubAnnotationsFormatter.Data(message)}"));
            }

            hidden += Math.Max(0, level.Count() - GitHubAnnotationsFormatter.PerLevelLimit);
        }

        if (hidden > 0)
        {
            writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"::notice title=policy diff::{hidden} more change(s) are not annotated (GitHub shows 10 per level); see the log below."));
        }

        writer.WriteLine("::group::policy diff");
        new TextDiffFormatter().Write(report, writer);
        writer.WriteLine("::endgroup::");
    }

    private static string Level(PolicyChange change) => change.Class is DiffClass.RaisesRisk or DiffClass.WeakensSafeguard ? "warning" : "notice";
}
