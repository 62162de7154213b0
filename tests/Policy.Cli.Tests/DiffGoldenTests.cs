using System.Text.RegularExpressions;
using Policy.Core.Tests;
using Policy.Core.Tests.Fixtures;

namespace Policy.Cli.Tests;

/// <summary>
/// The committee's view of a realistic change to the example repository, in a real Git repository: a
/// new LLM flow to a US host, one system's human oversight weakened, a typo fixed. The Markdown is kept
/// as a golden file (tests/Policy.Cli.Tests/DiffFixture/example-change.md, shown in the README); set
/// POLICY_UPDATE_GOLDEN=1 to rewrite it after a deliberate change of the examples or the report.
/// </summary>
public sealed partial class DiffGoldenTests : IDisposable
{
    private const string Typo = "artifical intelligence software";
    private const string Fixed = "artificial intelligence software";
    private static readonly string Fixture = Path.Combine(TestPaths.RepositoryRoot, "tests", "Policy.Cli.Tests", "DiffFixture");
    private readonly string root = Path.Combine(Path.GetTempPath(), "policy-diff-golden", Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        try
        {
            Directory.Delete(root, recursive: true);
        }
        catch (IOException)
        {
            // A temporary folder left behind is harmless.
        }
    }

    [GitFact]
    public void The_committee_sees_the_fixture_change_ranked_by_risk()
    {
        Copy("policies");
        Copy("schemas");
        Git.Run(root, "init", "-q", "-b", "main");
        Edit("policies/systems/mammo-screen/patient-notice.json", text => Once(text, Fixed, Typo));
        Git.Run(root, "add", "-A");
        Git.Run(root, "commit", "-q", "-m", "example repository with a typo");
        Git.Run(root, "checkout", "-q", "-b", "committee-change");

        File.Copy(Path.Combine(Fixture, "df-scribe-llm-us-summaries.json"), Path.Combine(root, "policies/systems/consult-scribe/data-flows/df-scribe-llm-us-summaries.json"));
        Edit("policies/systems/ecg-assist/human-oversight.json", text => RemoveReviewer(Once(text, "\"mode\": \"in-the-loop\"", "\"mode\": \"on-the-loop\""), "Acquiring nurse"));
        Edit("policies/systems/mammo-screen/patient-notice.json", text => Once(text, Typo, Fixed));

        var result = CliRunner.Run(root, "diff", "--format", "markdown", "--today", "2026-11-25", "--full-report", "the workflow run's policy-diff artefact");
        Assert.Equal((0, string.Empty), (result.ExitCode, result.Error));
        var markdown = CommitHash().Replace(result.Out, "(0000000)");

        var golden = Path.Combine(Fixture, "example-change.md");
        if (Environment.GetEnvironmentVariable("POLICY_UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(golden, markdown);
        }

        Assert.Equal(File.ReadAllText(golden), markdown);

        // What the committee must see first, whatever the wording.
        var risk = markdown.IndexOf("<b>raises risk</b>: DataFlow 'df-scribe-llm-us-summaries'", StringComparison.Ordinal);
        var weakened = markdown.IndexOf("<b>weakens a safeguard</b>: HumanOversight 'ho-ecg-cardiologist-review'", StringComparison.Ordinal);
        var typo = markdown.IndexOf("<b>editorial</b>: PatientNotice 'pn-mammo-screen'", StringComparison.Ordinal);
        Assert.True(risk > 0 && risk < weakened && weakened < typo, markdown);
        Assert.Contains("The data are stored outside the EEA.", markdown, StringComparison.Ordinal);
        Assert.Contains("A reviewer role is removed.", markdown, StringComparison.Ordinal);
        Assert.Contains("A wording or spelling fix.", markdown, StringComparison.Ordinal);
        Assert.Contains("Approval `apr-ho-ecg-cardiologist-review`", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void The_README_shows_the_golden_report()
    {
        // The README shows the golden file up to the end of its second artefact section.
        var golden = File.ReadAllText(Path.Combine(Fixture, "example-change.md"));
        var second = golden.IndexOf("</details>", golden.IndexOf("</details>", StringComparison.Ordinal) + 1, StringComparison.Ordinal);
        var excerpt = golden[..(second + "</details>".Length)];
        Assert.Contains(excerpt, File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot, "README.md")), StringComparison.Ordinal);
    }

    private void Copy(string folder)
    {
        var source = Path.Combine(TestPaths.RepositoryRoot, folder);
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(root, folder, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    private void Edit(string relative, Func<string, string> change)
    {
        var path = Path.Combine(root, relative);
        File.WriteAllText(path, change(File.ReadAllText(path)));
    }

    private static string Once(string text, string find, string replace)
    {
        var at = text.IndexOf(find, StringComparison.Ordinal);
        Assert.True(at >= 0, $"the example no longer contains '{find}'");
        return string.Concat(text.AsSpan(0, at), replace, text.AsSpan(at + find.Length));
    }

    /// <summary>Deletes the reviewer object with this role, and the comma before it.</summary>
    private static string RemoveReviewer(string text, string role)
    {
        var at = text.IndexOf($"\"role\": \"{role}\"", StringComparison.Ordinal);
        Assert.True(at >= 0, $"the example has no reviewer '{role}'");
        var start = text.LastIndexOf(',', text.LastIndexOf('{', at));
        var end = text.IndexOf('}', at) + 1;
        return string.Concat(text.AsSpan(0, start), text.AsSpan(end));
    }

    [GeneratedRegex(@"\([0-9a-f]{7}\)")]
    private static partial Regex CommitHash();
}
