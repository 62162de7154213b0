using System.Globalization;
using System.Text.RegularExpressions;
using Policy.Core.Diff;
using Policy.Core.Diff.Formatting;

namespace Policy.Core.Tests.Diff;

/// <summary>The report formats: the Markdown limit, ranking, no raw HTML from artefact text, annotations.</summary>
public sealed class DiffFormattersTests
{
    [Fact]
    public void Markdown_stays_under_65536_characters_and_says_what_it_left_out()
    {
        var changes = Enumerable.Range(0, 3_000)
            .Select(i => Change($"df-{i:D4}", DiffClass.Neutral, after: "\"" + new string('x', 120) + "\""))
            .ToList();
        var markdown = new MarkdownDiffFormatter(fullReport: "https://example.invalid/run/1").Render(Report(changes));
        Assert.True(markdown.Length < 65_536, $"{markdown.Length} characters");
        Assert.True(markdown.Length > 60_000, "the budget is used, not wasted");
        Assert.Contains("**This report is truncated**", markdown, StringComparison.Ordinal);
        Assert.Contains("https://example.invalid/run/1", markdown, StringComparison.Ordinal);
        var shown = markdown.Split("<details", StringSplitOptions.None).Length - 1;
        Assert.Contains(string.Create(CultureInfo.InvariantCulture, $"{3_000 - shown} more change(s) of {3_000 - shown} artefact(s)"), markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void A_report_that_fits_is_not_truncated()
    {
        var markdown = new MarkdownDiffFormatter().Render(Report([Change("df-1", DiffClass.Neutral)]));
        Assert.DoesNotContain("truncated", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Markdown_starts_with_the_counts_and_ranks_the_most_urgent_artefact_first()
    {
        var markdown = new MarkdownDiffFormatter().Render(Report([Change("a-editorial", DiffClass.Editorial), Change("b-risk", DiffClass.RaisesRisk), Change("c-neutral", DiffClass.Neutral)]));
        Assert.StartsWith("## Policy diff: main → working tree\n\n| class | changes |", markdown, StringComparison.Ordinal);
        Assert.Contains("| **raises risk** | 1 |", markdown, StringComparison.Ordinal);
        Assert.True(markdown.IndexOf("b-risk", StringComparison.Ordinal) < markdown.IndexOf("c-neutral", StringComparison.Ordinal));
        Assert.True(markdown.IndexOf("c-neutral", StringComparison.Ordinal) < markdown.IndexOf("a-editorial", StringComparison.Ordinal));
        Assert.Contains("<details open><summary><b>raises risk</b>", markdown, StringComparison.Ordinal);
        Assert.Contains("<details><summary><b>editorial</b>", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void No_change_says_so()
    {
        var text = new MarkdownDiffFormatter().Render(Report([]));
        Assert.Contains("**No governance change.**", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Artefact_text_never_becomes_html_or_breaks_the_table()
    {
        var hostile = Change("x", DiffClass.Neutral, after: "\"<script>alert(1)</script> | `tick` <img src=x>\"") with { Reason = "<b>bold</b> | pipe" };
        var markdown = new MarkdownDiffFormatter().Render(Report([hostile]));
        // Values sit in code spans (shown literally); outside them no angle bracket is left unescaped.
        var outsideCode = Regex.Replace(markdown, "(`+)(?:(?!\\1).)+\\1", string.Empty);
        Assert.DoesNotContain("<script>", outsideCode, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>bold", outsideCode, StringComparison.Ordinal);
        Assert.Contains("&lt;b&gt;bold", outsideCode, StringComparison.Ordinal);
        var row = markdown.Split('\n').Single(l => l.StartsWith("| neutral | modified |", StringComparison.Ordinal));
        Assert.Equal(7, Regex.Matches(row, "(?<!\\\\)\\|").Count);

        using var writer = new StringWriter();
        new HtmlDiffFormatter().Write(Report([hostile]), writer);
        var html = writer.ToString();
        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<img", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", html, StringComparison.Ordinal);
        Assert.Contains("<table>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void GitHub_annotations_sit_on_the_changed_lines_warning_for_urgent_changes()
    {
        using var writer = new StringWriter();
        new GitHubDiffFormatter().Write(Report([Change("a", DiffClass.WeakensSafeguard), Change("b", DiffClass.Editorial)]), writer);
        var lines = writer.ToString().Split('\n');
        Assert.StartsWith("::warning file=policies/a.json,line=12,title=weakens a safeguard%3A DataFlow 'a'::", lines[0], StringComparison.Ordinal);
        Assert.StartsWith("::notice file=policies/b.json,line=12,", lines[1], StringComparison.Ordinal);
        Assert.Contains("::group::policy diff", lines, StringComparer.Ordinal);
    }

    [Fact]
    public void Text_names_each_change_with_its_file_and_line()
    {
        using var writer = new StringWriter();
        new TextDiffFormatter().Write(Report([Change("a", DiffClass.RaisesRisk)]), writer);
        Assert.Contains("policies/a.json(12): raises-risk: DataFlow 'a' modified /destination/country: why [\"FR\" -> \"US\"]", writer.ToString(), StringComparison.Ordinal);
    }

    private static PolicyChange Change(string id, DiffClass cls, string after = "\"US\"") =>
        new("DataFlow", id, $"policies/{id}.json", 12, "/destination/country", ChangeType.Modified, "\"FR\"", after, cls, "why");

    private static PolicyDiffReport Report(IReadOnlyList<PolicyChange> changes) => new("main", "working tree", changes, [], [], []);
}
