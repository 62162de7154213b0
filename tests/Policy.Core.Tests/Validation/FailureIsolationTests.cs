using Policy.Core.Catalog;
using Policy.Core.Findings;
using Policy.Core.Loading;
using Policy.Core.Rules;
using Policy.Core.Tests.Fixtures;

namespace Policy.Core.Tests.Validation;

/// <summary>
/// TOOL-01: a bug met while checking one file, in loading or in a rule, is a finding on that file; the
/// other files, and the other rules, are still checked.
/// </summary>
public sealed class FailureIsolationTests : IDisposable
{
    private static readonly RuleDescriptor Failing = new("XR-TEST-01", "test", Severity.Note, "Test rule: one note per flow, failing on one.", "docs/format.md");

    private static readonly RuleDescriptor Healthy = new("XR-TEST-03", "test", Severity.Note, "Test rule: one note per flow.", "docs/format.md");

    private readonly TestRepository repository = new();

    public FailureIsolationTests()
    {
        foreach (var id in new[] { "df-a", "df-bad", "df-c" })
        {
            repository.Artefact($"flows/{id}.json", Artefacts.Envelope("DataFlow", id, system: "ecg"));
        }
    }

    public void Dispose() => repository.Dispose();

    [Fact]
    public void A_rule_that_throws_on_one_file_is_reported_on_that_file_and_the_other_rules_still_report()
    {
        var report = repository.ValidateWith([new NotePerFlow(Failing, failOn: "df-bad"), new NotePerFlow(Healthy, failOn: null)]);

        var failure = report.Single("TOOL-01");
        Assert.Equal(("policies/flows/df-bad.json", 1), (failure.File, failure.Line));
        Assert.Contains("rule XR-TEST-01 failed (InvalidOperationException: a bug)", failure.Message);
        Assert.Equal(Severity.Error, failure.Severity);

        // The healthy rule reports on every flow; the failing one kept what it reported before the failure.
        Assert.Equal(["policies/flows/df-a.json"], report.Findings.Where(f => f.Rule == Failing.Id).Select(f => f.File));
        Assert.Equal(["policies/flows/df-a.json", "policies/flows/df-bad.json", "policies/flows/df-c.json"], report.Findings.Where(f => f.Rule == Healthy.Id).Select(f => f.File));
    }

    [Fact]
    public void A_rule_that_throws_before_reading_any_file_is_reported_on_the_policy_folder()
    {
        var report = repository.ValidateWith([new NotePerFlow(Failing, failOn: "df-bad"), new FailsAtOnce()]);
        var failures = report.Findings.Where(f => f.Rule == "TOOL-01").ToList();
        Assert.Equal(2, failures.Count);
        Assert.Contains(failures, f => f.File == "policies" && f.Message.StartsWith("rule XR-TEST-02 failed", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.File == "policies/flows/df-bad.json");
    }

    [Fact]
    public void No_rule_failing_means_no_tool_finding()
    {
        var report = repository.ValidateWith([new NotePerFlow(Healthy, failOn: null)]);
        report.None("TOOL-01");
        Assert.Equal(3, report.Findings.Count(f => f.Rule == Healthy.Id));
    }

    [Fact]
    public void A_check_that_throws_while_loading_one_file_is_reported_on_it_and_the_others_load()
    {
        var layout = new RepositoryLayout(repository.Root, Path.Combine(repository.Root, "schemas"));
        var loader = new ArtefactLoader(layout, SchemaCatalog.Load(layout.SchemasDirectory), Policy.JsonSchema.JsonSourceOptions.Default)
        {
            ThenCheck = artefact => _ = artefact.Id == "df-bad" ? throw new FormatException("a keyword bug") : 0,
        };

        var outcomes = new[] { "df-a", "df-bad", "df-c" }.Select(id => loader.Load(repository.FullPath($"policies/flows/{id}.json"))).ToList();

        var failure = Assert.Single(outcomes.SelectMany(o => o.Findings));
        Assert.Equal(("TOOL-01", "policies/flows/df-bad.json", 1, 1), (failure.Rule, failure.File, failure.Line, failure.Column));
        Assert.Equal("checking this file failed (FormatException: a keyword bug); its findings may be missing. Please report it with this message.", failure.Message);
        Assert.All(outcomes, o => Assert.NotNull(o.Artefact)); // the repository rules still see the file that failed
    }

    /// <summary>Reports a note on each DataFlow, in file order, and fails on one when asked.</summary>
    private sealed class NotePerFlow(RuleDescriptor descriptor, string? failOn) : IRepositoryRule
    {
        public IReadOnlyList<RuleDescriptor> Descriptors { get; } = [descriptor];

        public void Check(RuleContext context)
        {
            foreach (var flow in context.Repository.OfKind("DataFlow"))
            {
                if (flow.Id == failOn)
                {
                    throw new InvalidOperationException("a bug");
                }

                context.Report(descriptor, flow.At(string.Empty), "seen");
            }
        }
    }

    private sealed class FailsAtOnce : IRepositoryRule
    {
        public IReadOnlyList<RuleDescriptor> Descriptors { get; } = [new("XR-TEST-02", "test", Severity.Note, "Test rule that fails.", "docs/format.md")];

        public void Check(RuleContext context) => throw new NotSupportedException("not yet");
    }
}
