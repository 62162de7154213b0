using System.Text.Json.Nodes;
using Policy.Core.Findings;
using Policy.Core.Tests.Fixtures;

namespace Policy.Core.Tests.Rules.GovernanceTests;

/// <summary>XR-GOV-03: a Governance value that relaxes the law is an error where it is written, and the legal value applies.</summary>
public sealed class LegalFloorRuleTests : IDisposable
{
    private const string Rule = "XR-GOV-03";
    private readonly TestRepository repository = new();

    public void Dispose() => repository.Dispose();

    private void WriteGovernance(string policies) =>
        repository.Artefact("governance.json", Artefacts.Envelope("Governance", "chu").With("policies", JsonNode.Parse(policies)));

    /// <summary>A high-risk card in use keeping its logs <paramref name="retention"/> (XR-SC-04 reads the minimum).</summary>
    private void WriteCard(string retention) =>
        repository.Artefact("ecg/system-card.json", Artefacts.SystemCard("ecg-assist", "health.observation")
            .With("lifecycleStage", "use")
            .With("aiAct", new JsonObject { ["riskClass"] = "high-risk", ["basis"] = "annex-i-mdr" })
            .With("instructionsForUseRef", "IFU.pdf")
            .With("monitoring", JsonNode.Parse($$"""{ "logging": { "enabled": true, "retention": "{{retention}}" }, "indicators": [ { "id": "i", "threshold": "< 0.9", "frequency": "P1M" } ] }""")));

    [Fact]
    public void Fires_on_a_shorter_log_retention_and_the_legal_minimum_applies()
    {
        WriteGovernance("""{ "logRetentionMin": "P3M" }""");
        WriteCard("P4M");
        var report = repository.Validate();
        var finding = report.Single(Rule);
        Assert.Equal(("policies/governance.json", "/policies/logRetentionMin", Severity.Error), (finding.File, finding.Pointer, finding.Severity));
        Assert.Contains("below the legal minimum \"P6M\"", finding.Message);
        Assert.Contains("AI Act Art. 19(1) and 26(6)", finding.Message);
        report.Single("XR-SC-04");
    }

    [Fact]
    public void Is_quiet_on_a_longer_log_retention_which_applies()
    {
        WriteGovernance("""{ "logRetentionMin": "P1Y" }""");
        WriteCard("P8M");
        var report = repository.Validate();
        report.None(Rule);
        report.Single("XR-SC-04");
    }

    [Fact]
    public void Fires_on_a_longer_reporting_deadline()
    {
        WriteGovernance("""{ "incidentReporting": { "death": "P20D", "otherSerious": "P10D" } }""");
        var finding = repository.Validate().Single(Rule);
        Assert.Equal("/policies/incidentReporting/death", finding.Pointer);
        Assert.Contains("beyond the legal maximum \"P10D\"", finding.Message);
    }

    [Fact]
    public void Fires_on_a_moved_date_of_application()
    {
        WriteGovernance("""{ "aiActDates": { "annexIIIHighRisk": "2027-12-02", "annexIHighRisk": "2027-08-02" } }""");
        var finding = repository.Validate().Single(Rule);
        Assert.Equal("/policies/aiActDates/annexIIIHighRisk", finding.Pointer);
        Assert.Contains("this date is law", finding.Message);
    }

    [Fact]
    public void Fires_even_when_the_governance_is_not_approved()
    {
        repository.ApproveGovernance = false;
        WriteGovernance("""{ "hdsCertificationDeadline": "2027-01-01" }""");
        var report = repository.Validate();
        report.Single("XR-GOV-01");
        Assert.Equal("/policies/hdsCertificationDeadline", report.Single(Rule).Pointer);
    }

    [Fact]
    public void Is_quiet_on_organisation_policies_and_tighter_values()
    {
        WriteGovernance("""
            { "maxApprovalValidity": "P5Y", "hostingRequirement": "HDS+SecNumCloud", "dpiaReviewInterval": "P1Y",
              "residualRiskThreshold": { "severity": 2 }, "incidentReporting": { "personalDataBreach": "PT48H" } }
            """);
        repository.Validate().None(Rule);
    }
}
