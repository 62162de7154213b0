// The packaged analyzers in a vendor's build: each HP rule printed once, in the file that breaks it,
// with its default severity; the attested code prints none; the analyzers never crash (AD0001) or
// fail to load (CS8032).
using System.Text.RegularExpressions;

namespace Policy.Analyzers.PackageTests;

[Collection(PackedCollection.Name)]
public sealed partial class PackageBuildTests(PackedConsumer consumer)
{
    /// <summary>Rule, the sample file that breaks it (relative to the project), and its severity.</summary>
    private static readonly (string Id, string File, string Severity)[] Expected =
    {
        ("HP001", "Violations/HP001SendsEcgWithoutDataFlow.cs", "warning"),
        ("HP001", "Violations/HP001SendsThroughWrapper.cs", "warning"),
        ("HP002", "Violations/HP002UnknownDataFlowId.cs", "error"),
        ("HP003", "Violations/HP003UnapprovedDataFlow.cs", "error"),
        ("HP004", "Violations/HP004FlowDoesNotCoverHost.cs", "warning"),
        ("HP005", "Violations/HP005TriageWithoutOversight.cs", "warning"),
        ("HP006", "Violations/HP006NightAutopilot.cs", "error"),
        ("HP007", "Violations/HP007LogsFindings.cs", "warning"),
        ("HP008", "Violations/HP008DraftFiledWithoutReview.cs", "warning"),
        ("HP009", "Violations/HP009BrokenPolicy/df-ecg-backup-site.json", "error"),
    };

    [Fact]
    public async Task Violations_build_prints_each_rule_once_in_the_file_that_breaks_it()
    {
        var result = await consumer.BuildAsync("ShowViolations=true");

        var printed = Diagnostics(result.Output)
            .Select(d => (d.Id, File: Path.GetRelativePath(consumer.ConsumerDirectory, d.File).Replace('\\', '/'), d.Severity))
            .OrderBy(d => d.Id, StringComparer.Ordinal)
            .ThenBy(d => d.File, StringComparer.Ordinal)
            .ToList();
        Assert.True(Expected.SequenceEqual(printed), $"expected {string.Join("; ", Expected)}\nprinted {string.Join("; ", printed)}\n{result}");
        Assert.NotEqual(0, result.ExitCode); // HP002, HP003, HP006 and HP009 are errors
        AssertAnalyzersRan(result);
    }

    [Fact]
    public async Task Build_with_the_attestations_in_place_prints_none()
    {
        var result = await consumer.BuildAsync("ShowViolations=false");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Empty(Diagnostics(result.Output));
        AssertAnalyzersRan(result);
    }

    private static void AssertAnalyzersRan(ProcessResult result)
    {
        Assert.DoesNotContain("AD0001", result.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("CS8032", result.Output, StringComparison.Ordinal);
    }

    /// <summary>Distinct HP diagnostics in MSBuild's output (it prints each twice: as it happens and in the summary).</summary>
    private static IEnumerable<(string Id, string File, string Severity)> Diagnostics(string output) =>
        DiagnosticLine().Matches(output)
            .Select(m => (m.Groups["id"].Value, m.Groups["file"].Value.Trim(), m.Groups["severity"].Value))
            .Distinct();

    [GeneratedRegex(@"^(?<file>[^\r\n]+?)\(\d+,\d+\): (?<severity>warning|error) (?<id>HP\d{3}):", RegexOptions.Multiline)]
    private static partial Regex DiagnosticLine();
}
