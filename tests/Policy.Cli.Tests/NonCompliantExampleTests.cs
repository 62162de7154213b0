using System.Text.Json;
using Policy.Core.Tests;

namespace Policy.Cli.Tests;

/// <summary>
/// The deliberately non-compliant example (docs/examples/non-compliant) shows a finding of every rule
/// family, each located and sourced, and its README's output stays true: the text report equals the
/// committed expected-output.txt. Runs from the repository root, exactly as the README says; nothing is written.
/// </summary>
public sealed class NonCompliantExampleTests
{
    private const string Example = "docs/examples/non-compliant";
    private const string Today = "2026-11-25";
    private const string RegenerateHint =
        "If the change of output is intended, regenerate the golden file from the repository root: " +
        "dotnet run --project tools/Policy.Cli -- validate docs/examples/non-compliant/policies --today 2026-11-25 > docs/examples/non-compliant/expected-output.txt";

    private static string Root => TestPaths.RepositoryRoot;

    [Fact]
    public void Example_fails_with_a_finding_of_every_rule_family()
    {
        var families = RuleFamilies();
        var findings = Findings(out var exitCode);

        Assert.Equal(1, exitCode);
        var expected = families.Values.Where(f => f != "tool").ToHashSet();
        var shown = findings.Select(f => families[f.GetProperty("rule").GetString()!]).ToHashSet();
        Assert.Empty(expected.Except(shown));
        Assert.DoesNotContain("tool", shown);
    }

    [Fact]
    public void Every_finding_is_located_sourced_and_explained()
    {
        var sources = RuleSources();
        foreach (var finding in Findings(out _))
        {
            var rule = finding.GetProperty("rule").GetString()!;
            var file = finding.GetProperty("file").GetString()!;
            Assert.StartsWith(Example + "/policies/", file);
            Assert.True(File.Exists(Path.Combine(Root, file)), $"{rule}: {file} does not exist");
            Assert.True(finding.GetProperty("line").GetInt32() >= 1, $"{rule} in {file} has no line");
            Assert.True(finding.GetProperty("column").GetInt32() >= 1, $"{rule} in {file} has no column");
            Assert.False(string.IsNullOrWhiteSpace(sources[rule]), $"{rule} has no source");
            Assert.False(string.IsNullOrWhiteSpace(finding.GetProperty("message").GetString()), $"{rule} in {file} has no message");
        }
    }

    [Fact]
    public void Text_report_equals_the_output_shown_in_the_readme()
    {
        var result = CliRunner.Run(Root, "validate", Example + "/policies", "--today", Today);
        var expected = File.ReadAllText(Path.Combine(Root, Example, "expected-output.txt"));

        Assert.Equal(1, result.ExitCode);
        Assert.True(Normalise(expected) == Normalise(result.Out), RegenerateHint + Environment.NewLine + result.Out);
    }

    [Theory]
    [InlineData("json")]
    [InlineData("sarif")]
    [InlineData("text")]
    public void Report_is_the_same_byte_for_byte_whatever_the_number_of_jobs(string format)
    {
        var one = CliRunner.Run(Root, "validate", Example + "/policies", "--today", Today, "--format", format, "--jobs", "1");
        var many = CliRunner.Run(Root, "validate", Example + "/policies", "--today", Today, "--format", format, "--jobs", "8");

        Assert.Equal(1, one.ExitCode);
        Assert.Equal(one.ExitCode, many.ExitCode);
        Assert.NotEmpty(one.Out);
        Assert.Equal(one.Out, many.Out);
    }

    [Fact]
    public void Readme_shows_the_expected_output()
    {
        var expected = File.ReadAllText(Path.Combine(Root, Example, "expected-output.txt"));
        var readme = File.ReadAllText(Path.Combine(Root, Example, "README.md"));

        Assert.True(Normalise(readme).Contains(Normalise(expected), StringComparison.Ordinal), "docs/examples/non-compliant/README.md no longer shows expected-output.txt; paste it into the README's last code block.");
    }

    private static List<JsonElement> Findings(out int exitCode)
    {
        var result = CliRunner.Run(Root, "validate", Example + "/policies", "--today", Today, "--format", "json");
        exitCode = result.ExitCode;
        using var json = JsonDocument.Parse(result.Out);
        return json.RootElement.GetProperty("findings").EnumerateArray().Select(f => f.Clone()).ToList();
    }

    private static Dictionary<string, string> RuleFamilies() => Rules().ToDictionary(r => r.GetProperty("id").GetString()!, r => r.GetProperty("family").GetString()!);

    private static Dictionary<string, string> RuleSources() => Rules().ToDictionary(r => r.GetProperty("id").GetString()!, r => r.GetProperty("source").GetString()!);

    private static List<JsonElement> Rules()
    {
        var result = CliRunner.Run(Root, "rules", "--format", "json");
        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Out);
        return json.RootElement.GetProperty("rules").EnumerateArray().Select(r => r.Clone()).ToList();
    }

    private static string Normalise(string text) => text.Replace("\r\n", "\n").TrimEnd('\n');
}
