using System.Text;
using System.Text.Json.Nodes;
using Policy.Core.Findings;
using Policy.Core.History;
using Policy.Core.Loading;
using Policy.Core.Rules;
using Policy.Core.Tests.Fixtures;
using Policy.Core.Validation;

namespace Policy.Core.Tests.Rules.References;

/// <summary>XR-REF-04: a version raised above the last approved one says what changed.</summary>
public sealed class ChangeSummaryRuleTests : IDisposable
{
    private const string Rule = "XR-REF-04";
    private const string Target = "ecg/human-oversight.json";
    private readonly TestRepository repository = new();

    public void Dispose() => repository.Dispose();

    private static JsonObject Oversight(string version, string? summary) =>
        Artefacts.Envelope("HumanOversight", "ho-ecg").With("version", version).With("changeSummary", summary);

    /// <summary>Writes the oversight at <paramref name="approved"/>, approves it, then writes <paramref name="current"/>; returns the approved text.</summary>
    private string ApproveThenEdit(JsonObject approved, JsonObject current)
    {
        repository.Artefact(Target, approved);
        var text = File.ReadAllText(repository.FullPath("policies/" + Target));
        repository.Artefact("approvals/ho.json", Artefacts.Approval("apr-ho", "HumanOversight", "ho-ecg", repository.HashOf("policies/" + Target), ("Dr Paul Henry", "medical-lead"), ("Sofia Rossi", "ai-lead"))
            .With("target", new JsonObject { ["kind"] = "HumanOversight", ["id"] = "ho-ecg", ["version"] = approved["version"]!.GetValue<string>(), ["sha256"] = repository.HashOf("policies/" + Target) }));
        repository.Artefact(Target, current);
        return text;
    }

    [Theory]
    [InlineData(null)]
    [InlineData("  ")]
    public void Fires_on_a_raised_version_without_a_change_summary(string? summary)
    {
        ApproveThenEdit(Oversight("1.0.0", "1.0.0: first version."), Oversight("1.1.0", summary));
        var finding = repository.Validate().Single(Rule);
        Assert.Equal(("policies/" + Target, "/version", Severity.Warning), (finding.File, finding.Pointer, finding.Severity));
        Assert.Contains("raised from 1.0.0", finding.Message);
        Assert.Equal(("policies/approvals/ho.json", "/target/version"), (finding.Related[0].Location.File, finding.Related[0].Location.Pointer));
    }

    [Fact]
    public void Is_quiet_with_a_change_summary()
    {
        ApproveThenEdit(Oversight("1.0.0", null), Oversight("1.1.0", "1.1.0: the night-shift cardiologist reviews urgent ECGs."));
        repository.Validate().None(Rule);
    }

    [Fact]
    public void Is_quiet_when_the_version_was_not_raised()
    {
        ApproveThenEdit(Oversight("1.0.0", null), Oversight("1.0.0", null));
        repository.Validate().None(Rule);
    }

    [Theory]
    [InlineData("1.0.0-rc.1", "1.0.0", true)]
    [InlineData("1.0.0", "1.0.0-rc.1", false)]
    [InlineData("1.9.0", "1.10.0", true)]
    [InlineData("2.0.0", "1.99.99", false)]
    public void Versions_compare_by_semantic_precedence(string approved, string current, bool raised)
    {
        ApproveThenEdit(Oversight(approved, null), Oversight(current, null));
        Assert.Equal(raised, repository.Validate().Findings.Any(f => f.Rule == Rule));
    }

    [Fact]
    public void In_git_history_a_summary_left_from_the_approved_version_is_reported()
    {
        var approved = ApproveThenEdit(Oversight("1.0.0", "1.0.0: first version."), Oversight("1.1.0", "1.0.0: first version."));
        var finding = Validate(new FixedHistory(approved)).Single(Rule);
        Assert.Equal("/changeSummary", finding.Pointer);
        Assert.Contains("the one approved with 1.0.0", finding.Message);
    }

    [Fact]
    public void In_git_history_a_new_summary_is_quiet()
    {
        var approved = ApproveThenEdit(Oversight("1.0.0", "1.0.0: first version."), Oversight("1.1.0", "1.1.0: escalation to the on-call physician."));
        Validate(new FixedHistory(approved)).None(Rule);
    }

    private ValidationReport Validate(IFileHistory history)
    {
        var layout = new RepositoryLayout(repository.Root, repository.FullPath("schemas"));
        return new PolicyValidator(layout, SchemaCatalog.Load(layout.SchemasDirectory), RepositoryRules.All, history)
            .Validate([repository.Policies], new ValidationSettings { Today = TestRepository.Today });
    }

    /// <summary>A history whose only earlier version of every file is the given text.</summary>
    private sealed class FixedHistory(string text) : IFileHistory
    {
        public IEnumerable<byte[]> PreviousVersions(string relativePath, int limit) => [Encoding.UTF8.GetBytes(text)];
    }
}
