using Policy.Core.Tests.Fixtures;

namespace Policy.Cli.Tests;

/// <summary>POLICY_TIMINGS=1: a trace of the stages on standard error, and not a byte of the report changed.</summary>
public sealed class StageTimingsTests : IDisposable
{
    private readonly TestRepository repository = new();

    public StageTimingsTests()
    {
        repository.Artefact("ecg/system-card.json", Artefacts.SystemCard("ecg-assist", "health.observation"));
        repository.Artefact("ecg/flow.json", Artefacts.Envelope("DataFlow", "df-ecg", system: "nowhere"));
    }

    public void Dispose() => repository.Dispose();

    private CliRunner.Result Validate(string? timings, params string[] args) =>
        CliRunner.RunWithVariables(Path.Combine(repository.Root, "no-shipped-schemas"), repository.Root, name => name == StageTimings.Variable ? timings : null, ["validate", .. args]);

    [Fact]
    public void Timings_go_to_standard_error_and_leave_the_report_alone()
    {
        var plain = Validate(null, "--format", "json");
        var timed = Validate("1", "--format", "json");

        Assert.Equal(1, plain.ExitCode);
        Assert.Equal(plain.ExitCode, timed.ExitCode);
        Assert.Equal(plain.Out, timed.Out);
        Assert.DoesNotContain("policy timings:", plain.Error);
        var stages = timed.Error.Split('\n').Where(l => l.StartsWith("policy timings: ", StringComparison.Ordinal)).Select(l => l["policy timings: ".Length..]).ToList();
        Assert.Collection(
            stages,
            line => Assert.StartsWith("runtime start to Main ", line),
            line => Assert.StartsWith("command tree built ", line),
            line => Assert.StartsWith("command line parsed ", line),
            line => Assert.StartsWith("options read ", line),
            line => Assert.StartsWith("schema set compiled ", line),
            line => Assert.StartsWith("files checked, rules run ", line),
            line => Assert.StartsWith("report written ", line),
            line => Assert.Matches(@"^total JIT \d+ methods \d+ ms \| GCs \d+/\d+/\d+ .*peak working set \d+ MiB$", line.TrimEnd('\r')));
        Assert.All(stages.Skip(1).SkipLast(1), line => Assert.Matches(@" ms \| JIT +\d+ methods +[\d.]+ ms \| +\d+ GCs \| +[\d.]+ MiB allocated", line));
    }

    [Fact]
    public void A_diff_traces_where_its_time_goes_and_its_report_is_the_same()
    {
        // The older side: the same schemas, and only the system card.
        var older = Path.Combine(Path.GetTempPath(), "policy-tests", Guid.NewGuid().ToString("N"));
        foreach (var file in Directory.EnumerateFiles(repository.FullPath("schemas")))
        {
            Directory.CreateDirectory(Path.Combine(older, "schemas"));
            File.Copy(file, Path.Combine(older, "schemas", Path.GetFileName(file)));
        }

        Directory.CreateDirectory(Path.Combine(older, "policies", "ecg"));
        File.Copy(repository.FullPath("policies/ecg/system-card.json"), Path.Combine(older, "policies", "ecg", "system-card.json"));
        CliRunner.Result Diff(string? timings) =>
            CliRunner.RunWithVariables(Path.Combine(repository.Root, "no-shipped-schemas"), repository.Root, name => name == StageTimings.Variable ? timings : null, ["diff", older, repository.Root, "--no-findings", "--format", "json"]);

        CliRunner.Result plain, timed;
        try
        {
            plain = Diff(null);
            timed = Diff("1");
        }
        finally
        {
            Directory.Delete(older, recursive: true);
        }

        Assert.True(plain.ExitCode == 0, plain.Error);
        Assert.Equal(plain.Out, timed.Out);
        var stages = timed.Error.Split('\n').Where(l => l.StartsWith("policy timings: ", StringComparison.Ordinal)).Select(l => l["policy timings: ".Length..]).ToList();
        Assert.Equal(
            ["sides located (Git revisions read)", "diff: both sides' files read", "diff: schemas compiled", "diff: differing files loaded", "diff: pairs compared", "diff: approvals voided", "diff computed", "report written"],
            stages.Skip(3).Take(8).Select(l => l[..l.IndexOf("  ", StringComparison.Ordinal)].TrimEnd()));
    }

    [Fact]
    public void Only_the_value_1_turns_them_on()
    {
        Assert.DoesNotContain("policy timings:", Validate("0").Error);
        Assert.DoesNotContain("policy timings:", Validate("yes").Error);
    }
}
