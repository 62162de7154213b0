// The contract with the code fixes: what each diagnostic carries in Diagnostic.Properties.
using Microsoft.CodeAnalysis;
using Policy.Analyzers.Diagnostics;
using Policy.Analyzers.Rules;
using Policy.Analyzers.Tests.Infrastructure;
using Policy.Analyzers.Json;
using Policy.Kernel.Hashing;

namespace Policy.Analyzers.Tests;

public class DiagnosticPropertiesTests
{
    private static async Task<Diagnostic> Single(Microsoft.CodeAnalysis.Diagnostics.DiagnosticAnalyzer analyzer, string code, PolicyRepo repo, string? config = null)
    {
        var diagnostics = await DirectRun.RunAsync(new[] { analyzer }, new[] { TestSources.Usings + code }, repo, config);
        return Assert.Single(diagnostics.Where(d => d.Id.StartsWith("HP", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task HP001_carries_categories_host_family_candidate_flows_and_policy_root()
    {
        const string code = """
            class Uploader
            {
                private readonly HttpClient http = new HttpClient();
                public Task SendAsync(Observation o) => http.PostAsJsonAsync("https://api.hds.example/obs", o);
            }
            """;
        var repo = new PolicyRepo()
            .DataFlow("df-covers", new[] { "health.record" }, new[] { "*.hds.example" })
            .DataFlow("df-wrong-host", new[] { "health.observation" }, new[] { "api.vendor.example" })
            .DataFlow("df-unapproved", new[] { "health.observation" }, approval: ApprovalState.Expired)
            .DataFlow("df-no-endpoints", new[] { "health.observation" });
        var diagnostic = await Single(new HealthDataToUndeclaredSinkAnalyzer(), code, repo, "build_property.PolicyRoot = /policies/");
        Assert.Equal("health.observation", diagnostic.Properties[DiagnosticPropertyNames.Categories]);
        Assert.Equal("api.hds.example", diagnostic.Properties[DiagnosticPropertyNames.Host]);
        Assert.Equal("http", diagnostic.Properties[DiagnosticPropertyNames.SinkFamily]);
        Assert.Equal("df-covers,df-no-endpoints", diagnostic.Properties[DiagnosticPropertyNames.CandidateDataFlows]);
        Assert.Equal("/policies/", diagnostic.Properties[DiagnosticPropertyNames.PolicyRoot]);
        Assert.Equal(Descriptors.HelpBase + "HP001.md", diagnostic.Descriptor.HelpLinkUri);
    }

    [Fact]
    public async Task HP002_carries_the_known_ids_and_the_actual_kind()
    {
        const string code = """
            class Uploader { [DataFlow("ecg-assist")] void M() { } }
            """;
        var repo = new PolicyRepo().SystemCard("ecg-assist").DataFlow("df-b", new[] { "health.record" }).DataFlow("df-a", new[] { "health.record" });
        var diagnostic = await Single(new UnknownAttestationAnalyzer(), code, repo);
        Assert.Equal("SystemCard", diagnostic.Properties[DiagnosticPropertyNames.ActualKind]);
        Assert.Equal("DataFlow", diagnostic.Properties[DiagnosticPropertyNames.ExpectedKind]);
        Assert.Equal("df-a,df-b", diagnostic.Properties[DiagnosticPropertyNames.KnownIds]);
    }

    [Fact]
    public async Task HP003_carries_the_current_hash_and_why_the_approval_does_not_count()
    {
        const string code = """
            class Uploader { [DataFlow("df-x")] void M() { } }
            """;
        var repo = new PolicyRepo().DataFlow("df-x", new[] { "health.record" }, approval: ApprovalState.WrongRoles);
        var diagnostic = await Single(new UnapprovedAttestationAnalyzer(), code, repo);
        var flowText = repo.Files.Single(f => f.Path.EndsWith("df-x.json", StringComparison.Ordinal)).Text;
        Assert.Equal(ContentHash.Compute(JsonReader.Parse(flowText)), diagnostic.Properties[DiagnosticPropertyNames.ContentHash]);
        Assert.Equal("MissingRole", diagnostic.Properties[DiagnosticPropertyNames.Problems]);
        Assert.Contains("lacks the dpo role", diagnostic.GetMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task HP003_judges_validity_on_the_configured_day()
    {
        const string code = """
            class Uploader { [DataFlow("df-x")] void M() { } }
            """;
        var repo = new PolicyRepo().DataFlow("df-x", new[] { "health.record" });
        var diagnostic = await Single(new UnapprovedAttestationAnalyzer(), code, repo, "policy_analyzers.today = 2027-01-15");
        Assert.Equal("Expired", diagnostic.Properties[DiagnosticPropertyNames.Problems]);
        var quiet = await DirectRun.RunAsync(new[] { new UnapprovedAttestationAnalyzer() }, new[] { TestSources.Usings + code }, repo, "policy_analyzers.today = 2026-06-01");
        Assert.DoesNotContain(quiet, d => d.Id == "HP003");
    }

    [Fact]
    public async Task HP004_carries_missing_categories_and_attested_flows()
    {
        const string code = """
            class Uploader
            {
                private readonly HttpClient http = new HttpClient();
                [DataFlow("df-obs")]
                public Task SendAsync(Condition c, Observation o) => http.PostAsJsonAsync("https://api.hds.example/x", new object[] { c, o });
            }
            """;
        var repo = new PolicyRepo().DataFlow("df-obs", new[] { "health.observation" }).DataFlow("df-all", new[] { "health.record" });
        var diagnostic = await Single(new DataFlowCoverageAnalyzer(), code, repo);
        Assert.Equal("health.diagnosis,health.observation", diagnostic.Properties[DiagnosticPropertyNames.Categories]);
        Assert.Equal("health.diagnosis", diagnostic.Properties[DiagnosticPropertyNames.MissingCategories]);
        Assert.Equal("df-obs", diagnostic.Properties[DiagnosticPropertyNames.AttestedDataFlows]);
        Assert.Equal("df-all", diagnostic.Properties[DiagnosticPropertyNames.CandidateDataFlows]);
    }

    [Fact]
    public async Task HP005_offers_only_approved_and_sufficient_oversight_declarations()
    {
        const string code = """
            class Triage { [AutomatedDecision] int Prioritise() => 1; }
            """;
        var repo = new PolicyRepo()
            .SystemCard("ecg-assist")
            .HumanOversight("ho-good", new[] { ("triage", true, "in-the-loop") })
            .HumanOversight("ho-none", new[] { ("triage", true, "none") })
            .HumanOversight("ho-unapproved", new[] { ("triage", true, "in-the-loop") }, approval: ApprovalState.None);
        var diagnostic = await Single(new AutomatedDecisionAnalyzer(), code, repo);
        Assert.Equal("attribute", diagnostic.Properties[DiagnosticPropertyNames.Trigger]);
        Assert.Equal("ho-good", diagnostic.Properties[DiagnosticPropertyNames.CandidateOversights]);
    }
}
