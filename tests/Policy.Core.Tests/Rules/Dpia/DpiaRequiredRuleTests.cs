using Policy.Core.Findings;
using Policy.Core.Tests.Fixtures;
using static Policy.Core.Tests.Rules.DpiaTests.DpiaFixtures;

namespace Policy.Core.Tests.Rules.DpiaTests;

public sealed class DpiaRequiredRuleTests : IDisposable
{
    private readonly TestRepository repository = new();

    public void Dispose() => repository.Dispose();

    [Fact]
    public void XR_DPIA_01_fires_on_the_card_when_no_dpia_covers_a_deployed_health_system()
    {
        repository.Artefact(CardPath, Card(categories: ["identity.direct", "health.observation"]));
        var finding = repository.Validate().Single("XR-DPIA-01");
        Assert.Equal(("policies/" + CardPath, "/dataCategoriesProcessed/1", Severity.Error), (finding.File, finding.Pointer, finding.Severity));
        Assert.Contains("Add an approved Dpia whose scope.systems includes ecg-assist", finding.Message);
    }

    [Fact]
    public void XR_DPIA_01_fires_on_the_covering_dpia_that_is_not_approved()
    {
        repository.Artefact(CardPath, Card());
        repository.Artefact(DpiaPath, DpiaFor());
        var finding = repository.Validate().Single("XR-DPIA-01");
        Assert.Equal(("policies/" + DpiaPath, ""), (finding.File, finding.Pointer));
        Assert.Equal("policies/" + CardPath, finding.Related[0].Location.File);
    }

    [Fact]
    public void XR_DPIA_01_is_quiet_with_an_approved_dpia_listing_the_system_in_scope()
    {
        repository.Artefact(CardPath, Card());
        repository.Artefact("shared/dpia.json", DpiaFor(system: "other-system").With("scope", new System.Text.Json.Nodes.JsonObject { ["systems"] = new System.Text.Json.Nodes.JsonArray("other-system", "ecg-assist") }));
        repository.Approve("shared/dpia.json");
        repository.Validate().None("XR-DPIA-01");
    }

    [Theory]
    [InlineData("contracting", "health.observation")]
    [InlineData("use", "identity.direct")]
    public void XR_DPIA_01_is_quiet_before_deployment_or_without_health_data(string stage, string category)
    {
        repository.Artefact(CardPath, Card(stage: stage, categories: [category]));
        repository.Validate().None("XR-DPIA-01");
    }

    [Fact]
    public void XR_DPIA_02_fires_on_a_high_risk_system_without_dpia_or_oversight()
    {
        repository.Artefact(CardPath, Card(stage: "deployment", riskClass: "high-risk", categories: ["identity.pseudonymous"]));
        var findings = repository.Validate().Findings.Where(f => f.Rule == "XR-DPIA-02").ToList();
        Assert.Equal(2, findings.Count);
        Assert.All(findings, f => Assert.Equal(("policies/" + CardPath, "/aiAct/riskClass"), (f.File, f.Pointer)));
        Assert.Contains(findings, f => f.Message.Contains("no Dpia covers it", StringComparison.Ordinal));
        Assert.Contains(findings, f => f.Message.Contains("has no HumanOversight", StringComparison.Ordinal));
    }

    [Fact]
    public void XR_DPIA_02_fires_on_the_unapproved_oversight_and_leaves_the_dpia_to_XR_DPIA_01_for_health_data()
    {
        repository.Artefact(CardPath, Card(riskClass: "high-risk"));
        repository.Artefact(OversightPath, Oversight());
        var report = repository.Validate();
        var finding = report.Single("XR-DPIA-02");
        Assert.Equal(("policies/" + OversightPath, ""), (finding.File, finding.Pointer));
        report.Single("XR-DPIA-01");
    }

    [Fact]
    public void XR_DPIA_02_is_quiet_with_approved_dpia_and_oversight()
    {
        repository.Artefact(CardPath, Card(riskClass: "high-risk"));
        repository.Artefact(DpiaPath, DpiaFor());
        repository.Artefact(OversightPath, Oversight());
        repository.Approve(DpiaPath);
        repository.Approve(OversightPath);
        var report = repository.Validate();
        report.None("XR-DPIA-02");
        report.None("XR-DPIA-01");
    }

    [Fact]
    public void XR_DPIA_02_is_quiet_for_a_minimal_risk_system()
    {
        repository.Artefact(CardPath, Card(categories: ["identity.pseudonymous"]));
        repository.Validate().None("XR-DPIA-02");
    }
}
