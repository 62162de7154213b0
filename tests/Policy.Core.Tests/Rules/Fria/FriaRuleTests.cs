using System.Text.Json.Nodes;
using Policy.Core.Findings;
using Policy.Core.Tests.Fixtures;
using static Policy.Core.Tests.Rules.DpiaTests.DpiaFixtures;

namespace Policy.Core.Tests.Rules.FriaTests;

public sealed class FriaRuleTests : IDisposable
{
    private readonly TestRepository repository = new();

    public void Dispose() => repository.Dispose();

    [Fact]
    public void XR_FRIA_01_fires_on_the_dpia_of_an_annex_iii_system_of_a_public_body()
    {
        Setup(publicBody: true, Triage());
        repository.Artefact(DpiaPath, DpiaFor());
        var finding = repository.Validate().Single("XR-FRIA-01");
        Assert.Equal(("policies/" + DpiaPath, "", Severity.Error), (finding.File, finding.Pointer, finding.Severity));
        Assert.Contains("has no fundamentalRights block", finding.Message);
        Assert.Equal(
            [("policies/" + CardPath, "/aiAct/basis"), ("policies/governance.json", "/organisation/publicBody")],
            finding.Related.Select(r => (r.Location.File, r.Location.Pointer)).ToList());
    }

    [Fact]
    public void XR_FRIA_01_names_the_missing_parts_of_an_incomplete_block()
    {
        Setup(publicBody: true, Triage());
        var fria = Fria("ho-ecg");
        fria.Remove("periodAndFrequency");
        fria["materialisationMeasures"]!.AsObject().Remove("complaintMechanism");
        repository.Artefact(DpiaPath, DpiaFor().With("fundamentalRights", fria));
        var finding = repository.Validate().Single("XR-FRIA-01");
        Assert.Equal("/fundamentalRights", finding.Pointer);
        Assert.Contains("periodAndFrequency (27(1)(b))", finding.Message);
        Assert.Contains("materialisationMeasures.complaintMechanism", finding.Message);
    }

    [Fact]
    public void XR_FRIA_01_fires_on_the_card_when_no_dpia_covers_it()
    {
        Setup(publicBody: true, Triage());
        Assert.Equal(("policies/" + CardPath, "/aiAct/basis"), Where(repository.Validate().Single("XR-FRIA-01")));
    }

    [Fact]
    public void XR_FRIA_01_is_quiet_with_a_complete_block()
    {
        Setup(publicBody: true, Triage());
        repository.Artefact(DpiaPath, DpiaFor().With("fundamentalRights", Fria("ho-ecg")));
        repository.Validate().None("XR-FRIA-01");
    }

    [Theory]
    [InlineData(false, "5(d)", "use")]
    [InlineData(true, "2(a)", "use")]
    [InlineData(true, "5(d)", "contracting")]
    public void XR_FRIA_01_is_quiet_for_private_deployers_point_2_and_before_deployment(bool publicBody, string point, string stage)
    {
        Setup(publicBody, Triage(point, stage));
        repository.Artefact(DpiaPath, DpiaFor());
        repository.Validate().None("XR-FRIA-01");
    }

    [Fact]
    public void XR_FRIA_01_applies_from_the_legal_date_which_governance_cannot_move()
    {
        Setup(publicBody: true, Triage());
        repository.Artefact("governance.json", Governance(publicBody: true).With("policies", JsonNode.Parse("""{ "aiActDates": { "annexIIIHighRisk": "2027-12-02" } }""")));
        repository.Artefact(DpiaPath, DpiaFor());
        var report = repository.Validate();
        report.Single("XR-FRIA-01");
        Assert.Equal("/policies/aiActDates/annexIIIHighRisk", report.Single("XR-GOV-03").Pointer);
    }

    [Fact]
    public void XR_FRIA_02_notes_on_the_dpia_of_a_medical_device_that_no_fria_is_needed()
    {
        Setup(publicBody: true, Device());
        repository.Artefact(DpiaPath, DpiaFor());
        var report = repository.Validate();
        var finding = report.Single("XR-FRIA-02");
        Assert.Equal(("policies/" + DpiaPath, "/scope/systems/0", Severity.Note), (finding.File, finding.Pointer, finding.Severity));
        Assert.Contains("Annex I", finding.Message);
        report.None("XR-FRIA-01");
    }

    [Fact]
    public void XR_FRIA_02_is_quiet_for_annex_iii_systems_private_deployers_and_voluntary_frias()
    {
        Setup(publicBody: true, Triage());
        repository.Artefact(DpiaPath, DpiaFor());
        repository.Validate().None("XR-FRIA-02");

        Setup(publicBody: false, Device());
        repository.Validate().None("XR-FRIA-02");

        Setup(publicBody: true, Device());
        repository.Artefact(DpiaPath, DpiaFor().With("fundamentalRights", Fria("ho-ecg")));
        repository.Validate().None("XR-FRIA-02");
    }

    [Fact]
    public void XR_FRIA_03_fires_when_the_oversight_is_not_approved()
    {
        Setup(publicBody: true, Triage());
        repository.Artefact(OversightPath, Oversight());
        repository.Artefact(DpiaPath, DpiaFor().With("fundamentalRights", Fria("ho-ecg")));
        var finding = repository.Validate().Single("XR-FRIA-03");
        Assert.Equal(("policies/" + DpiaPath, "/fundamentalRights/humanOversightRef"), Where(finding));
        Assert.Contains("not approved", finding.Message);
        Assert.Equal("policies/" + OversightPath, finding.Related[0].Location.File);
    }

    [Fact]
    public void XR_FRIA_03_fires_when_the_oversight_belongs_to_another_system()
    {
        Setup(publicBody: true, Triage());
        repository.Artefact("mammo/human-oversight.json", Oversight("ho-mammo", "mammo-screen"));
        repository.Approve("mammo/human-oversight.json");
        repository.Artefact(DpiaPath, DpiaFor().With("fundamentalRights", Fria("ho-mammo")));
        Assert.Contains("belongs to 'mammo-screen'", repository.Validate().Single("XR-FRIA-03").Message);
    }

    [Fact]
    public void XR_FRIA_03_is_quiet_with_the_approved_oversight_of_the_system()
    {
        Setup(publicBody: true, Triage());
        repository.Artefact(OversightPath, Oversight());
        repository.Approve(OversightPath);
        repository.Artefact(DpiaPath, DpiaFor().With("fundamentalRights", Fria("ho-ecg")));
        repository.Validate().None("XR-FRIA-03");
    }

    private static (string, string) Where(Finding finding) => (finding.File, finding.Pointer);

    private void Setup(bool publicBody, JsonObject card)
    {
        repository.Artefact("governance.json", Governance(publicBody));
        repository.Artefact(CardPath, card);
    }

    private static JsonObject Triage(string point = "5(d)", string stage = "use") =>
        Card(stage: stage, riskClass: "high-risk").With("aiAct", new JsonObject { ["riskClass"] = "high-risk", ["basis"] = "annex-iii", ["annexIIIPoint"] = point });

    private static JsonObject Device() =>
        Card(riskClass: "high-risk").With("aiAct", new JsonObject { ["riskClass"] = "high-risk", ["basis"] = "annex-i-mdr" });

    private static JsonObject Fria(string oversight) => JsonNode.Parse($$"""
        {
          "deployerProcesses": "SAMU call handling",
          "periodAndFrequency": "Every call, continuously",
          "affectedGroups": ["callers"],
          "specificRisks": [ { "group": "callers", "right": "non-discrimination", "harm": "under-triage", "severity": 2, "likelihood": 2 } ],
          "humanOversightRef": "{{oversight}}",
          "materialisationMeasures": { "measures": "audit", "internalGovernance": "committee", "complaintMechanism": "patient relations" }
        }
        """)!.AsObject();
}
