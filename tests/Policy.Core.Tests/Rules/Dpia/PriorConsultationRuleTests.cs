using System.Text.Json.Nodes;
using Policy.Core.Findings;
using Policy.Core.Tests.Fixtures;
using static Policy.Core.Tests.Rules.DpiaTests.DpiaFixtures;

namespace Policy.Core.Tests.Rules.DpiaTests;

public sealed class PriorConsultationRuleTests : IDisposable
{
    private readonly TestRepository repository = new();

    public void Dispose() => repository.Dispose();

    [Theory]
    [InlineData(3, 3)]
    [InlineData(4, 1)]
    public void XR_DPIA_04_fires_on_a_high_residual_risk_without_prior_consultation(int severity, int likelihood)
    {
        repository.Artefact(DpiaPath, WithRisks((2, 2), (severity, likelihood)));
        var finding = repository.Validate().Single("XR-DPIA-04");
        Assert.Equal(("policies/" + DpiaPath, "/risks/1/residual", Severity.Error), (finding.File, finding.Pointer, finding.Severity));
        Assert.Contains("priorConsultation", finding.Message);
    }

    [Fact]
    public void XR_DPIA_04_counts_fria_specific_risks()
    {
        repository.Artefact(DpiaPath, WithRisks((1, 1)).With("fundamentalRights", JsonNode.Parse("""
            { "specificRisks": [ { "group": "callers", "right": "non-discrimination", "harm": "under-triage", "severity": 4, "likelihood": 2 } ] }
            """)));
        Assert.Equal("/fundamentalRights/specificRisks/0", repository.Validate().Single("XR-DPIA-04").Pointer);
    }

    [Fact]
    public void XR_DPIA_04_is_quiet_below_the_threshold_and_with_a_concluded_consultation()
    {
        repository.Artefact(DpiaPath, WithRisks((3, 2), (2, 3)));
        repository.Validate().None("XR-DPIA-04");
        repository.Artefact(DpiaPath, WithRisks((3, 3)).With("priorConsultation", Consultation("advice")));
        repository.Approve(DpiaPath);
        repository.Validate().None("XR-DPIA-04");
    }

    [Fact]
    public void XR_DPIA_04_follows_the_governance_threshold()
    {
        repository.Artefact("governance.json", Artefacts.Envelope("Governance", "chu").With("policies", JsonNode.Parse("""
            { "residualRiskThreshold": { "severity": 2, "likelihood": 2, "severityAlone": 4 } }
            """)));
        repository.Artefact(DpiaPath, WithRisks((2, 2)));
        repository.Validate().Single("XR-DPIA-04");
    }

    [Fact]
    public void XR_DPIA_04_fires_on_an_approval_while_the_consultation_is_pending()
    {
        repository.Artefact(DpiaPath, WithRisks((3, 3)).With("priorConsultation", Consultation("pending")));
        repository.Validate().None("XR-DPIA-04");
        repository.Approve(DpiaPath);
        var finding = repository.Validate().Single("XR-DPIA-04");
        Assert.Equal("/priorConsultation/outcome", finding.Pointer);
        Assert.Contains("'pending'", finding.Message);
    }

    private static JsonObject Consultation(string outcome) =>
        new() { ["submittedOn"] = "2026-07-02", ["outcome"] = outcome };

    private static JsonObject WithRisks(params (int Severity, int Likelihood)[] gauges) =>
        DpiaFor().With("risks", new JsonArray(gauges.Select((g, i) => (JsonNode)new JsonObject
        {
            ["id"] = $"risk-{i}",
            ["kind"] = "other",
            ["residual"] = new JsonObject { ["severity"] = g.Severity, ["likelihood"] = g.Likelihood },
        }).ToArray()));
}
