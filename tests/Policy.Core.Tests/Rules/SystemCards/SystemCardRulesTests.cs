using System.Text.Json.Nodes;
using Policy.Core.Findings;
using Policy.Core.Tests.Fixtures;
using Policy.Core.Validation;

namespace Policy.Core.Tests.Rules.SystemCards;

/// <summary>XR-SC-01..09: each fires on the field to change, and the compliant look-alike stays quiet.</summary>
public sealed class SystemCardRulesTests : IDisposable
{
    private const string CardFile = "policies/ecg/system-card.json";
    private readonly TestRepository repository = new();

    public void Dispose() => repository.Dispose();

    /// <summary>A high-risk MDR IIa device in use that meets every XR-SC rule.</summary>
    private static JsonObject Card() => Artefacts.SystemCard("ecg-assist", "health.observation")
        .With("lifecycleStage", "use")
        .With("aiAct", new JsonObject { ["riskClass"] = "high-risk", ["basis"] = "annex-i-mdr" })
        .With("medicalDevice", JsonNode.Parse("""
            { "isDevice": true, "regulation": "MDR", "class": "IIa", "ceMarking": { "status": "marked", "validUntil": "2029-05-31" } }
            """))
        .With("instructionsForUseRef", "GED/ECG/IFU.pdf")
        .With("monitoring", JsonNode.Parse("""
            { "logging": { "enabled": true, "retention": "P1Y" },
              "indicators": [ { "id": "ecg-sensitivity", "threshold": "< 0.9", "frequency": "P1M" } ] }
            """))
        .With("localValidation", new JsonObject { ["status"] = "done" })
        .With("trainingPlan", new JsonObject { ["audience"] = new JsonArray("cardiologist"), ["content"] = "Use and limits." })
        .With("criticalityForCare", "high")
        .With("adaptivity", "locked")
        .With("performanceClaims", JsonNode.Parse("""[ { "metric": "sensitivity", "testType": "internal" }, { "metric": "sensitivity", "testType": "local" } ]"""));

    private ValidationReport Validate(JsonObject card)
    {
        repository.Artefact("ecg/system-card.json", card);
        return repository.Validate();
    }

    private static JsonObject Monitoring(string logging) => (JsonObject)JsonNode.Parse($$"""
        { "logging": {{logging}}, "indicators": [ { "id": "ecg-sensitivity", "threshold": "< 0.9", "frequency": "P1M" } ] }
        """)!;

    [Fact]
    public void Compliant_card_is_quiet()
    {
        var findings = Validate(Card()).Findings;
        Assert.DoesNotContain(findings, f => f.Rule.StartsWith("XR-SC-", StringComparison.Ordinal));
    }

    [Fact]
    public void XR_SC_01_fires_when_a_notified_body_class_is_not_high_risk()
    {
        var finding = Validate(Card().With("aiAct", new JsonObject { ["riskClass"] = "minimal" })).Single("XR-SC-01");
        Assert.Equal((CardFile, "/aiAct/riskClass", Severity.Error), (finding.File, finding.Pointer, finding.Severity));
        Assert.Contains("annex-i-mdr", finding.Message);
        Assert.Equal("/medicalDevice/class", finding.Related[0].Location.Pointer);
    }

    [Fact]
    public void XR_SC_01_fires_on_the_wrong_basis()
    {
        var finding = Validate(Card().With("aiAct", new JsonObject { ["riskClass"] = "high-risk", ["basis"] = "annex-iii" })).Single("XR-SC-01");
        Assert.Equal("/aiAct/basis", finding.Pointer);
    }

    [Fact]
    public void XR_SC_01_is_quiet_for_a_class_I_device()
    {
        var card = Card().With("aiAct", new JsonObject { ["riskClass"] = "minimal" });
        card["medicalDevice"]!["class"] = "I";
        Validate(card).None("XR-SC-01");
    }

    [Fact]
    public void XR_SC_01_follows_a_configured_class_list_that_adds_a_class()
    {
        repository.Artefact("governance.json", Artefacts.Envelope("Governance", "chu").With("policies", JsonNode.Parse("""{ "notifiedBodyClasses": { "mdr": ["I", "Is", "Im", "Ir", "IIa", "IIb", "III"] } }""")));
        var card = Card().With("aiAct", new JsonObject { ["riskClass"] = "minimal" });
        card["medicalDevice"]!["class"] = "I";
        Validate(card).Single("XR-SC-01");
    }

    [Fact]
    public void XR_SC_01_keeps_the_legal_classes_when_governance_removes_one()
    {
        repository.Artefact("governance.json", Artefacts.Envelope("Governance", "chu").With("policies", JsonNode.Parse("""{ "notifiedBodyClasses": { "mdr": ["IIb", "III"] } }""")));
        var report = Validate(Card().With("aiAct", new JsonObject { ["riskClass"] = "minimal" }));
        report.Single("XR-SC-01");
        Assert.Equal("/policies/notifiedBodyClasses/mdr", report.Single("XR-GOV-03").Pointer);
    }

    [Fact]
    public void XR_SC_02_fires_on_a_device_in_use_without_ce_marking()
    {
        var card = Card();
        card["medicalDevice"]!["ceMarking"]!["status"] = "pending";
        var finding = Validate(card).Single("XR-SC-02");
        Assert.Equal("/medicalDevice/ceMarking/status", finding.Pointer);
    }

    [Fact]
    public void XR_SC_02_fires_on_an_expired_certificate()
    {
        var card = Card();
        card["medicalDevice"]!["ceMarking"]!["validUntil"] = "2026-11-24";
        var finding = Validate(card).Single("XR-SC-02");
        Assert.Equal("/medicalDevice/ceMarking/validUntil", finding.Pointer);
        Assert.Contains("expired on 2026-11-24", finding.Message);
    }

    [Fact]
    public void XR_SC_02_is_quiet_for_a_pending_device_still_in_contracting()
    {
        var card = Card().With("lifecycleStage", "contracting");
        card["medicalDevice"]!["ceMarking"]!["status"] = "pending";
        Validate(card).None("XR-SC-02");
    }

    [Fact]
    public void XR_SC_03_fires_on_an_annex_III_system_classified_minimal()
    {
        var card = Card().With("medicalDevice", new JsonObject { ["isDevice"] = false })
            .With("aiAct", new JsonObject { ["riskClass"] = "minimal", ["basis"] = "annex-iii", ["annexIIIPoint"] = "5(d)" });
        var finding = Validate(card).Single("XR-SC-03");
        Assert.Equal(("/aiAct/riskClass", "/aiAct/annexIIIPoint"), (finding.Pointer, finding.Related[0].Location.Pointer));
    }

    [Fact]
    public void XR_SC_03_fires_on_an_undocumented_derogation()
    {
        var card = Card().With("medicalDevice", new JsonObject { ["isDevice"] = false })
            .With("aiAct", new JsonObject { ["riskClass"] = "minimal", ["basis"] = "art-6-3-derogation", ["annexIIIPoint"] = "5(a)" });
        Assert.Equal("/aiAct/derogationAssessment", Validate(card).Single("XR-SC-03").Pointer);
    }

    [Fact]
    public void XR_SC_03_is_quiet_with_a_documented_derogation()
    {
        var card = Card().With("medicalDevice", new JsonObject { ["isDevice"] = false })
            .With("aiAct", new JsonObject { ["riskClass"] = "minimal", ["basis"] = "art-6-3-derogation", ["annexIIIPoint"] = "5(a)", ["derogationAssessment"] = "Preparatory task only." });
        Validate(card).None("XR-SC-03");
    }

    [Fact]
    public void XR_SC_04_fires_on_logs_kept_less_than_six_months()
    {
        var finding = Validate(Card().With("monitoring", Monitoring("""{ "enabled": true, "retention": "P180D" }"""))).Single("XR-SC-04");
        Assert.Equal(("/monitoring/logging/retention", Severity.Error), (finding.Pointer, finding.Severity));
        Assert.Contains("P6M", finding.Message);
    }

    [Fact]
    public void XR_SC_04_accepts_six_months_written_in_weeks_and_days_longer_than_six_months()
    {
        Validate(Card().With("monitoring", Monitoring("""{ "enabled": true, "retention": "P27W" }"""))).None("XR-SC-04");
    }

    [Fact]
    public void XR_SC_04_follows_the_configured_minimum()
    {
        repository.Artefact("governance.json", Artefacts.Envelope("Governance", "chu").With("policies", JsonNode.Parse("""{ "logRetentionMin": "P2Y" }""")));
        Assert.Contains("P2Y", Validate(Card()).Single("XR-SC-04").Message);
    }

    [Fact]
    public void XR_SC_04_fires_on_missing_instructions_and_indicators()
    {
        var card = Card().Without("instructionsForUseRef").With("monitoring", JsonNode.Parse("""{ "logging": { "enabled": true, "retention": "P1Y" }, "indicators": [] }"""));
        var pointers = Validate(card).Findings.Where(f => f.Rule == "XR-SC-04").Select(f => f.Pointer).Order().ToList();
        Assert.Equal(["/instructionsForUseRef", "/monitoring/indicators"], pointers);
    }

    [Fact]
    public void XR_SC_04_is_quiet_for_a_high_risk_system_still_in_acquisition()
    {
        Validate(Card().With("lifecycleStage", "acquisition").Without("instructionsForUseRef").Without("monitoring")).None("XR-SC-04");
    }

    [Fact]
    public void XR_SC_05_fires_on_an_adaptive_system_without_predetermined_changes()
    {
        var finding = Validate(Card().With("adaptivity", "adaptive")).Single("XR-SC-05");
        Assert.Equal("/predeterminedChanges", finding.Pointer);
    }

    [Fact]
    public void XR_SC_05_is_quiet_when_changes_are_described()
    {
        Validate(Card().With("adaptivity", "adaptive").With("predeterminedChanges", "Monthly recalibration within ±2 %.")).None("XR-SC-05");
    }

    [Fact]
    public void XR_SC_06_is_an_error_in_use_and_a_warning_at_deployment()
    {
        var inUse = Validate(Card().With("localValidation", new JsonObject { ["status"] = "planned" })).Single("XR-SC-06");
        Assert.Equal(("/localValidation/status", Severity.Error), (inUse.Pointer, inUse.Severity));
        var deploying = Validate(Card().With("lifecycleStage", "deployment").With("localValidation", new JsonObject { ["status"] = "planned" })).Single("XR-SC-06");
        Assert.Equal(Severity.Warning, deploying.Severity);
    }

    [Fact]
    public void XR_SC_06_and_07_are_quiet_before_deployment()
    {
        var report = Validate(Card().With("lifecycleStage", "contracting").Without("localValidation").Without("trainingPlan"));
        report.None("XR-SC-06");
        report.None("XR-SC-07");
    }

    [Fact]
    public void XR_SC_07_fires_without_a_training_plan()
    {
        Assert.Equal("/trainingPlan", Validate(Card().Without("trainingPlan")).Single("XR-SC-07").Pointer);
    }

    [Fact]
    public void XR_SC_08_warns_when_a_high_criticality_system_has_only_internal_claims()
    {
        var finding = Validate(Card().With("performanceClaims", JsonNode.Parse("""[ { "testType": "internal" } ]"""))).Single("XR-SC-08");
        Assert.Equal(("/performanceClaims", Severity.Warning), (finding.Pointer, finding.Severity));
    }

    [Fact]
    public void XR_SC_08_is_quiet_for_low_criticality()
    {
        Validate(Card().With("criticalityForCare", "low").With("performanceClaims", JsonNode.Parse("""[ { "testType": "internal" } ]"""))).None("XR-SC-08");
    }

    [Fact]
    public void XR_SC_09_fires_on_the_missing_block_the_active_flow_and_the_current_notice()
    {
        repository.Artefact("ecg/flow.json", Artefacts.Envelope("DataFlow", "df-ecg", system: "ecg-assist"));
        repository.Artefact("ecg/stopped-flow.json", Artefacts.Envelope("DataFlow", "df-ecg-old", system: "ecg-assist").With("active", false));
        repository.Artefact("ecg/notice.json", Notice("pn-ecg", "ecg-assist").With("effectiveFrom", "2026-01-01"));
        var findings = Validate(Card().With("lifecycleStage", "decommissioned")).Findings.Where(f => f.Rule == "XR-SC-09")
            .Select(f => (f.File, f.Pointer)).Order().ToList();
        Assert.Equal(
            [("policies/ecg/flow.json", "/active"), ("policies/ecg/notice.json", "/systems/0"), (CardFile, "/decommissioning")],
            findings);
    }

    [Fact]
    public void XR_SC_09_is_quiet_once_everything_is_withdrawn()
    {
        repository.Artefact("ecg/flow.json", Artefacts.Envelope("DataFlow", "df-ecg", system: "ecg-assist").With("active", false));
        repository.Artefact("ecg/notice.json", Notice("pn-ecg", "ecg-assist").With("effectiveFrom", "2026-01-01").With("effectiveUntil", "2026-10-31"));
        var card = Card().With("lifecycleStage", "decommissioned").With("decommissioning", new JsonObject { ["plannedDate"] = "2026-10-31" });
        Validate(card).None("XR-SC-09");
    }

    [Fact]
    public void XR_SC_09_is_quiet_for_a_system_in_use()
    {
        repository.Artefact("ecg/flow.json", Artefacts.Envelope("DataFlow", "df-ecg", system: "ecg-assist"));
        Validate(Card()).None("XR-SC-09");
    }

    private static JsonObject Notice(string id, params string[] systems) =>
        Artefacts.Envelope("PatientNotice", id, system: systems[0]).With("systems", new JsonArray(systems.Select(s => (JsonNode)s!).ToArray()));
}
