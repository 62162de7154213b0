using System.Globalization;

namespace Policy.Core.Diff.Formatting;

/// <summary>One line per change, most urgent first, then the approvals voided and the findings; for a terminal.</summary>
public sealed class TextDiffFormatter : IDiffFormatter
{
    public string Name => "text";

    public void Write(PolicyDiffReport report, TextWriter writer)
    {
        writer.WriteLine($"policy diff {report.Base} -> {report.Head}: " + string.Join(", ", DiffNames.Classes.Select(c => $"{report.Count(c)} {DiffNames.Of(c)}")));
        foreach (var change in report.Changes)
        {
            var (before, after) = DiffWording.Values(change.Before, change.After);
            writer.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"{change.File}({change.Line}): {DiffNames.Of(change.Class)}: {DiffWording.Artefact(change.Kind, change.Id)} {DiffNames.Of(change.Change)} {(change.Pointer.Length == 0 ? "/" : change.Pointer)}: {change.Reason} [{before} -> {after}]"));
        }

        foreach (var approval in report.ApprovalsInvalidated)
        {
            writer.WriteLine($"{approval.File}: approval voided: Approval '{approval.Approval}' no longer matches {approval.Target}; approve again: {DiffWording.Roles(approval.Roles)}");
        }

        foreach (var (label, findings) in new[] { ("finding introduced", report.FindingsIntroduced), ("finding resolved", report.FindingsResolved) })
        {
            foreach (var finding in findings)
            {
                writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{finding.File}({finding.Line}): {label}: {finding.Severity} {finding.Rule}: {finding.Message}"));
            }
        }

        if (report.IsEmpty)
        {
            writer.WriteLine("No governance change.");
        }
    }
}
