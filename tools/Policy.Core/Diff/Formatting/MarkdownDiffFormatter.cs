using System.Globalization;
using System.Text;

namespace Policy.Core.Diff.Formatting;

/// <summary>
/// The committee's pull-request comment: a summary table (changes per class), the approvals voided,
/// then each artefact's changes ranked by class in a collapsible section, then the findings brought
/// and cleared. It stays under <see cref="MaxLength"/> (GitHub refuses a comment of 65,536 characters
/// or more): what does not fit is counted in a closing note that says where the full report is.
/// </summary>
public sealed class MarkdownDiffFormatter : IDiffFormatter
{
    /// <summary>The default length limit: under GitHub's 65,536, with room for the marker and heading a workflow adds.</summary>
    public const int DefaultMaxLength = 64_000;

    private const int NoteReserve = 600;
    private readonly string? fullReport;

    /// <param name="collapsible">Details in &lt;details&gt; sections (GitHub); false for plain headings (the HTML report, which allows no raw HTML).</param>
    /// <param name="fullReport">Where the whole report is, named by the truncation note.</param>
    public MarkdownDiffFormatter(int maxLength = DefaultMaxLength, bool collapsible = true, string? fullReport = null)
    {
        MaxLength = maxLength;
        Collapsible = collapsible;
        this.fullReport = fullReport;
    }

    public string Name => "markdown";

    public int MaxLength { get; }

    public bool Collapsible { get; }

    public void Write(PolicyDiffReport report, TextWriter writer) => writer.Write(Render(report));

    public string Render(PolicyDiffReport report)
    {
        var output = new StringBuilder();
        output.Append(CultureInfo.InvariantCulture, $"## Policy diff: {MarkdownText.Escape(report.Base)} → {MarkdownText.Escape(report.Head)}\n\n");
        if (report.IsEmpty)
        {
            output.Append("**No governance change.** No artefact changed in meaning, no approval was voided, no finding appeared or cleared.\n");
            return output.ToString();
        }

        Summary(report, output);
        var blocks = Blocks(report).ToList();
        var shown = 0;
        foreach (var block in blocks)
        {
            if (output.Length + block.Text.Length + NoteReserve > MaxLength)
            {
                break;
            }

            output.Append(block.Text);
            shown++;
        }

        if (shown < blocks.Count)
        {
            var left = blocks.Skip(shown).ToList();
            var where = fullReport is null ? "run `policy diff --format json` (or `--format html`) for the full report" : "the full report is at " + MarkdownText.Escape(fullReport);
            output.Append(CultureInfo.InvariantCulture, $"\n---\n**This report is truncated** to stay under GitHub's 65,536 characters: {left.Sum(b => b.Changes)} more change(s) of {left.Count(b => b.Changes > 0)} artefact(s), {left.Sum(b => b.Approvals)} voided approval(s) and {left.Sum(b => b.Findings)} finding(s) are not shown; {where}.\n");
        }

        return output.ToString();
    }

    private static void Summary(PolicyDiffReport report, StringBuilder output)
    {
        output.Append("| class | changes |\n|---|---:|\n");
        foreach (var value in DiffNames.Classes)
        {
            var count = report.Count(value);
            var label = DiffWording.Label(value);
            output.Append(CultureInfo.InvariantCulture, $"| {(count > 0 && value <= DiffClass.WeakensSafeguard ? "**" + label + "**" : label)} | {count} |\n");
        }

        output.Append(CultureInfo.InvariantCulture, $"\n{report.Changes.Select(c => (c.Kind, c.Id)).Distinct().Count()} artefact(s) changed · {report.ApprovalsInvalidated.Count} approval(s) voided");
        output.Append(report.FindingsCompared
            ? string.Create(CultureInfo.InvariantCulture, $" · {report.FindingsIntroduced.Count} finding(s) introduced · {report.FindingsResolved.Count} resolved\n\n")
            : " · findings not compared\n\n");
    }

    private sealed record Block(string Text, int Changes, int Approvals, int Findings);

    private IEnumerable<Block> Blocks(PolicyDiffReport report)
    {
        if (report.ApprovalsInvalidated.Count > 0)
        {
            yield return new Block("### Approvals voided by this change\n\n", 0, 0, 0);
            foreach (var approval in report.ApprovalsInvalidated)
            {
                yield return new Block(
                    $"- Approval {MarkdownText.Code(approval.Approval)} of {MarkdownText.Escape(approval.Target)} ({MarkdownText.Code(approval.File)}) no longer matches its content: to be approved again by {MarkdownText.Escape(DiffWording.Roles(approval.Roles))}.\n" + (approval == report.ApprovalsInvalidated[^1] ? "\n" : string.Empty),
                    0,
                    1,
                    0);
            }
        }

        if (report.Changes.Count > 0)
        {
            yield return new Block("### Changes, most urgent first\n\n", 0, 0, 0);
        }

        foreach (var artefact in DiffWording.ByArtefact(report))
        {
            yield return new Block(ArtefactSection(artefact.Key.Kind, artefact.Key.Id, artefact.OrderBy(c => c.Class).ThenBy(c => c.Line).ToList()), artefact.Count(), 0, 0);
        }

        foreach (var (title, findings) in new[] { ("Findings this change introduces", report.FindingsIntroduced), ("Findings this change resolves", report.FindingsResolved) })
        {
            if (findings.Count == 0)
            {
                continue;
            }

            yield return new Block($"### {title}\n\n| severity | rule | where | message |\n|---|---|---|---|\n", 0, 0, 0);
            foreach (var finding in findings)
            {
                yield return new Block(
                    string.Create(CultureInfo.InvariantCulture, $"| {finding.Severity} | {MarkdownText.Escape(finding.Rule)} | {MarkdownText.Code($"{finding.File}:{finding.Line}")} | {MarkdownText.Escape(finding.Message)} |\n") + (finding == findings[^1] ? "\n" : string.Empty),
                    0,
                    0,
                    1);
            }
        }
    }

    private string ArtefactSection(string kind, string id, IReadOnlyList<PolicyChange> changes)
    {
        var top = changes[0].Class;
        var counts = string.Join(", ", DiffNames.Classes.Where(c => changes.Any(x => x.Class == c)).Select(c => $"{changes.Count(x => x.Class == c)} {DiffWording.Label(c)}"));
        var text = new StringBuilder();
        var title = $"{DiffWording.Label(top)}: {kind} '{id}' ({counts}) · {changes[0].File}";
        if (Collapsible)
        {
            var open = top <= DiffClass.WeakensSafeguard ? " open" : string.Empty;
            text.Append(CultureInfo.InvariantCulture, $"<details{open}><summary><b>{MarkdownText.Html(DiffWording.Label(top))}</b>: {MarkdownText.Html($"{kind} '{id}' ({counts}) · {changes[0].File}")}</summary>\n\n");
        }
        else
        {
            text.Append(CultureInfo.InvariantCulture, $"#### {MarkdownText.Escape(title)}\n\n");
        }

        text.Append("| class | change | where | before | after | why |\n|---|---|---|---|---|---|\n");
        foreach (var change in changes)
        {
            var where = (change.Pointer.Length == 0 ? "the artefact" : MarkdownText.Code(change.Pointer)) + string.Create(CultureInfo.InvariantCulture, $", line {change.Line}");
            var (before, after) = DiffWording.Values(change.Before, change.After);
            text.Append(CultureInfo.InvariantCulture, $"| {DiffWording.Label(change.Class)} | {DiffNames.Of(change.Change)} | {where} | {Cell(change.Before, before)} | {Cell(change.After, after)} | {MarkdownText.Escape(change.Reason)} |\n");
        }

        text.Append(Collapsible ? "\n</details>\n\n" : "\n");
        return text.ToString();
    }

    private static string Cell(string? json, string shown) => json is null ? string.Empty : MarkdownText.Code(shown);
}
