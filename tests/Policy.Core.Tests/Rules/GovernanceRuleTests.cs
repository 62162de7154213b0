using System.Text.Json.Nodes;
using Policy.Core.Tests.Fixtures;

namespace Policy.Core.Tests.Rules;

public sealed class GovernanceRuleTests : IDisposable
{
    private readonly TestRepository repository = new();

    public GovernanceRuleTests()
    {
        repository.Artefact("ecg/system-card.json", Artefacts.SystemCard("ecg-assist", "health.observation"));
        var hash = repository.HashOf("policies/ecg/system-card.json");
        repository.Artefact("approvals/card.json", Artefacts.Approval("apr-card", "SystemCard", "ecg-assist", hash, ("Dr Paul Henry", "medical-lead")).With("validUntil", "2026-11-24"));
    }

    public void Dispose() => repository.Dispose();

    private static JsonObject GovernanceTurningOff(string rule) =>
        Artefacts.Envelope("Governance", "chu").With("severityOverrides", JsonNode.Parse($$"""
            [ { "rule": "{{rule}}", "severity": "off", "justification": "The committee accepted this for the pilot." } ]
            """));

    [Fact]
    public void XR_GOV_01_fires_on_an_unapproved_governance_whose_overrides_then_do_not_apply()
    {
        repository.ApproveGovernance = false;
        repository.Artefact("governance.json", GovernanceTurningOff("XR-APP-04"));
        var report = repository.Validate();
        var finding = report.Single("XR-GOV-01");
        Assert.Equal(("policies/governance.json", ""), (finding.File, finding.Pointer));
        Assert.Contains("1 severity override(s) are NOT applied", finding.Message);
        report.Single("XR-APP-04");
        Assert.Empty(report.Overrides);
    }

    [Fact]
    public void XR_GOV_01_is_quiet_on_an_approved_governance_whose_overrides_apply()
    {
        repository.Artefact("governance.json", GovernanceTurningOff("XR-APP-04"));
        var report = repository.Validate();
        report.None("XR-GOV-01");
        report.None("XR-APP-04");
        Assert.Single(report.Overrides);
    }

    [Fact]
    public void XR_GOV_01_fires_when_the_governance_was_edited_after_approval()
    {
        repository.Artefact("governance.json", GovernanceTurningOff("XR-APP-04"));
        repository.ApproveGovernance = false;
        repository.Artefact("governance.json", GovernanceTurningOff("XR-APP-02"));
        Assert.Contains("approved another version", repository.Validate().Single("XR-GOV-01").Message);
    }

    [Fact]
    public void XR_GOV_02_fires_on_a_second_governance()
    {
        repository.Artefact("governance.json", Artefacts.Envelope("Governance", "chu"));
        repository.ApproveGovernance = false;
        repository.Artefact("zz/other-governance.json", Artefacts.Envelope("Governance", "chu-bis"));
        var finding = repository.Validate().Single("XR-GOV-02");
        Assert.Equal(("policies/zz/other-governance.json", "/kind"), (finding.File, finding.Pointer));
    }

    [Fact]
    public void XR_GOV_02_is_quiet_with_one_governance()
    {
        repository.Artefact("governance.json", Artefacts.Envelope("Governance", "chu"));
        repository.Validate().None("XR-GOV-02");
    }
}
