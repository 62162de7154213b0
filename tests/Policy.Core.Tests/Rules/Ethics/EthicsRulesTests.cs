using System.Text.Json.Nodes;
using Policy.Core.Findings;
using Policy.Core.Tests.Fixtures;
using Policy.Core.Validation;

namespace Policy.Core.Tests.Rules.Ethics;

/// <summary>XR-ETH-01..03: the ethics assessment the Governance requires, per stage, with a footprint figure behind eco-responsibility.</summary>
public sealed class EthicsRulesTests : IDisposable
{
    private const string AssessmentPath = "triage/ethics-assessment.json";
    private readonly TestRepository repository = new();

    public void Dispose() => repository.Dispose();

    private static JsonObject Card(string criticality = "vital", string stage = "use", bool figure = true)
    {
        var card = Artefacts.SystemCard("triage", "anonymous").With("criticalityForCare", criticality).With("lifecycleStage", stage);
        return figure ? card.With("environmentalFootprint", JsonNode.Parse("""{ "energyPerUse": { "value": 1.5, "unit": "Wh" } }""")) : card;
    }

    private static JsonObject Assessment(params string[] stages) => Artefacts.Envelope("EthicsAssessment", "eth-triage", system: "triage")
        .With("stages", new JsonArray(stages.Select(s => (JsonNode)new JsonObject { ["stage"] = s, ["assessedOn"] = "2026-11-20" }).ToArray()));

    private ValidationReport Validate(JsonObject card, JsonObject? assessment = null, bool approved = false, string requiredFor = """[{ "criticalityForCare": ["vital"], "fromStage": "deployment" }]""")
    {
        repository.Artefact("governance.json", Artefacts.Envelope("Governance", "gov").With("policies", new JsonObject { ["ethicsAssessmentRequiredFor"] = JsonNode.Parse(requiredFor) }));
        repository.Artefact("triage/system-card.json", card);
        if (assessment is not null)
        {
            repository.Artefact(AssessmentPath, assessment);
            if (approved)
            {
                repository.Artefact("approvals/eth-triage.json", Artefacts.Approval("apr-eth-triage", "EthicsAssessment", "eth-triage", repository.HashOf("policies/" + AssessmentPath), ("Antoine Garnier", "medical-lead"), ("Camille Vasseur", "ai-lead")));
            }
        }

        return repository.Validate();
    }

    [Fact]
    public void Required_assessment_missing_is_reported_at_the_card()
    {
        var finding = Validate(Card()).Single("XR-ETH-01");
        Assert.Equal(("policies/triage/system-card.json", Severity.Error), (finding.File, finding.Severity));
        Assert.Contains("criticality vital, from stage deployment", finding.Message);
        Assert.Equal("policies/governance.json", Assert.Single(finding.Related).Location.File);
    }

    [Fact]
    public void Not_required_for_a_system_the_governance_does_not_name() => Validate(Card(criticality: "high")).None("XR-ETH-01");

    [Fact]
    public void Not_required_before_the_stage_the_governance_names() => Validate(Card(stage: "contracting")).None("XR-ETH-01");

    [Fact]
    public void Not_required_by_a_governance_that_is_not_approved()
    {
        repository.ApproveGovernance = false;
        Validate(Card()).None("XR-ETH-01");
    }

    [Fact]
    public void Risk_class_condition_must_hold_too()
    {
        Validate(Card(), requiredFor: """[{ "riskClass": "high-risk" }]""").None("XR-ETH-01");
    }

    [Fact]
    public void Unapproved_assessment_is_reported_at_the_assessment()
    {
        var finding = Validate(Card(), Assessment("use")).Single("XR-ETH-01");
        Assert.Equal("policies/" + AssessmentPath, finding.File);
        Assert.Contains("is not approved", finding.Message);
    }

    [Fact]
    public void Approved_assessment_at_the_current_stage_is_quiet()
    {
        var report = Validate(Card(), Assessment("deployment", "use"), approved: true);
        report.None("XR-ETH-01");
        report.None("XR-ETH-02");
        report.None("XR-ETH-03");
    }

    [Fact]
    public void Assessment_not_revisited_at_the_current_stage_is_a_warning()
    {
        var finding = Validate(Card(), Assessment("deployment"), approved: true).Single("XR-ETH-02");
        Assert.Equal(("policies/" + AssessmentPath, "/stages", Severity.Warning), (finding.File, finding.Pointer, finding.Severity));
        Assert.Contains("now at stage use", finding.Message);
    }

    [Fact]
    public void Eco_responsibility_without_an_energy_figure_is_a_note()
    {
        var finding = Validate(Card(figure: false), Assessment("use"), approved: true).Single("XR-ETH-03");
        Assert.Equal(Severity.Note, finding.Severity);
        Assert.Contains("environmentalFootprint.energyPerUse", finding.Message);
    }
}
