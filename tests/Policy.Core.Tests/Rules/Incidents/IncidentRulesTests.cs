using System.Text.Json.Nodes;
using Policy.Core.Findings;
using Policy.Core.Tests.Fixtures;
using Policy.Core.Validation;

namespace Policy.Core.Tests.Rules.Incidents;

/// <summary>XR-INC-01..07 against a fixed today (2026-11-25): deadlines, recipients, suspension, closure, indicators.</summary>
public sealed class IncidentRulesTests : IDisposable
{
    private const string IncidentPath = "ecg/incidents/inc-1.json";
    private const string IncidentFile = "policies/" + IncidentPath;
    private readonly TestRepository repository = new();

    public IncidentRulesTests()
    {
        WriteCard(Card());
    }

    public void Dispose() => repository.Dispose();

    private static JsonObject Card() => Artefacts.SystemCard("ecg-assist", "health.observation")
        .With("aiActRole", "deployer")
        .With("medicalDevice", new JsonObject { ["isDevice"] = false })
        .With("monitoring", JsonNode.Parse("""{ "indicators": [ { "id": "ecg-unreadable-rate" } ] }"""));

    private void WriteCard(JsonObject card) => repository.Artefact("ecg/system-card.json", card);

    /// <summary>A serious incident detected 2026-11-01 that meets every rule: provider told in 5 h, MSA in 10 days, use suspended.</summary>
    private static JsonObject Serious() => Artefacts.Envelope("Incident", "inc-1", system: "ecg-assist")
        .With("detectedAt", "2026-11-01T08:00:00+01:00")
        .With("severity", "serious")
        .With("seriousCategory", "serious-health-harm")
        .With("causalLink", new JsonObject { ["status"] = "suspected" })
        .With("reports", JsonNode.Parse("""
            [ { "to": "provider", "sentAt": "2026-11-01T12:00:00+01:00" },
              { "to": "msa", "sentAt": "2026-11-10T09:00:00Z" } ]
            """))
        .With("personalDataBreach", new JsonObject { ["isBreach"] = false })
        .With("useSuspended", new JsonObject { ["suspended"] = true, ["from"] = "2026-11-01T09:00:00+01:00" })
        .With("status", "investigating");

    private ValidationReport Validate(JsonObject incident)
    {
        repository.Artefact(IncidentPath, incident);
        return repository.Validate();
    }

    private static JsonObject WithReports(JsonObject incident, string reports) => incident.With("reports", JsonNode.Parse(reports));

    [Fact]
    public void Compliant_serious_incident_is_quiet()
    {
        var findings = Validate(Serious()).Findings;
        Assert.DoesNotContain(findings, f => f.Rule.StartsWith("XR-INC-", StringComparison.Ordinal));
    }

    [Fact]
    public void XR_INC_01_fires_without_category_and_causal_link()
    {
        var pointers = Validate(Serious().Without("seriousCategory").Without("causalLink")).Findings
            .Where(f => f.Rule == "XR-INC-01").Select(f => f.Pointer).Order().ToList();
        Assert.Equal(["/causalLink", "/seriousCategory"], pointers);
    }

    [Fact]
    public void XR_INC_01_fires_when_the_deployer_told_the_provider_late()
    {
        var incident = WithReports(Serious(), """[ { "to": "provider", "sentAt": "2026-11-03T08:00:00+01:00" }, { "to": "msa", "sentAt": "2026-11-10T09:00:00Z" } ]""");
        var finding = Validate(incident).Single("XR-INC-01");
        Assert.Equal((IncidentFile, "/reports/0/sentAt", Severity.Error), (finding.File, finding.Pointer, finding.Severity));
        Assert.Contains("2026-11-02T07:00Z", finding.Message); // detectedAt + PT24H, in UTC
    }

    [Fact]
    public void XR_INC_01_fires_when_no_provider_report_is_recorded()
    {
        Assert.Equal("/reports", Validate(WithReports(Serious(), """[ { "to": "msa", "sentAt": "2026-11-10T09:00:00Z" } ]""")).Single("XR-INC-01").Pointer);
    }

    [Fact]
    public void XR_INC_01_does_not_ask_a_provider_to_report_to_itself()
    {
        WriteCard(Card().With("aiActRole", "provider-and-deployer"));
        Validate(WithReports(Serious(), """[ { "to": "msa", "sentAt": "2026-11-10T09:00:00Z" } ]""")).None("XR-INC-01");
    }

    [Fact]
    public void XR_INC_02_fires_on_an_overdue_authority_report()
    {
        var incident = WithReports(Serious(), """[ { "to": "provider", "sentAt": "2026-11-01T12:00:00+01:00" }, { "to": "msa" } ]""");
        var finding = Validate(incident).Single("XR-INC-02");
        Assert.Equal(("/reports/1/sentAt", "/detectedAt"), (finding.Pointer, finding.Related[0].Location.Pointer));
        Assert.Contains("P15D", finding.Message);
    }

    [Fact]
    public void XR_INC_02_uses_the_shorter_window_for_a_death()
    {
        var incident = Serious().With("seriousCategory", "death"); // MSA report on day 9 (+ hours): within 10 days
        Validate(incident).None("XR-INC-02");
        incident = WithReports(Serious().With("seriousCategory", "death"), """[ { "to": "provider", "sentAt": "2026-11-01T12:00:00+01:00" }, { "to": "msa", "sentAt": "2026-11-12T09:00:00Z" } ]""");
        Assert.Contains("P10D", Validate(incident).Single("XR-INC-02").Message);
    }

    [Fact]
    public void XR_INC_02_is_quiet_before_the_deadline_and_fires_after_it_when_nothing_is_recorded()
    {
        var recent = WithReports(Serious().With("detectedAt", "2026-11-20T10:00:00Z"), """[ { "to": "provider", "sentAt": "2026-11-20T12:00:00Z" } ]""");
        Validate(recent).None("XR-INC-02");
        var old = WithReports(Serious(), """[ { "to": "provider", "sentAt": "2026-11-01T12:00:00+01:00" } ]""");
        Assert.Equal("/reports", Validate(old).Single("XR-INC-02").Pointer);
    }

    [Fact]
    public void XR_INC_02_fires_on_a_stored_due_date_later_than_the_law()
    {
        var incident = WithReports(Serious(), """[ { "to": "provider", "sentAt": "2026-11-01T12:00:00+01:00" }, { "to": "msa", "sentAt": "2026-11-10T09:00:00Z", "dueBy": "2026-11-30T00:00:00Z" } ]""");
        Assert.Equal("/reports/1/dueBy", Validate(incident).Single("XR-INC-02").Pointer);
    }

    [Fact]
    public void XR_INC_02_and_01_stop_reporting_lateness_once_closed_but_not_a_missing_report()
    {
        var closed = WithReports(Serious(), """[ { "to": "provider", "sentAt": "2026-11-03T08:00:00Z" }, { "to": "msa", "sentAt": "2026-11-20T09:00:00Z" } ]""")
            .With("status", "closed").With("rootCause", "Lead misplacement.").With("closedAt", "2026-11-24T10:00:00Z");
        var report = Validate(closed);
        report.None("XR-INC-01");
        report.None("XR-INC-02");
    }

    [Fact]
    public void XR_INC_03_fires_when_a_device_health_incident_goes_to_the_ai_act_authority()
    {
        WriteCard(Card().With("medicalDevice", new JsonObject { ["isDevice"] = true, ["regulation"] = "MDR", ["class"] = "IIa" }));
        var finding = Validate(Serious()).Single("XR-INC-03");
        Assert.Equal("/reports/1/to", finding.Pointer);
        Assert.Contains("ansm-mdr-vigilance", finding.Message);
    }

    [Fact]
    public void XR_INC_03_is_quiet_for_device_vigilance_and_for_fundamental_rights_to_the_msa()
    {
        WriteCard(Card().With("medicalDevice", new JsonObject { ["isDevice"] = true, ["regulation"] = "MDR", ["class"] = "IIa" }));
        var vigilance = WithReports(Serious(), """[ { "to": "provider", "sentAt": "2026-11-01T12:00:00+01:00" }, { "to": "ansm-mdr-vigilance", "sentAt": "2026-11-10T09:00:00Z" } ]""");
        Validate(vigilance).None("XR-INC-03");
        Validate(Serious().With("seriousCategory", "fundamental-rights")).None("XR-INC-03");
    }

    [Fact]
    public void XR_INC_04_fires_on_a_breach_not_notified_within_72_hours()
    {
        var incident = Serious().With("personalDataBreach", new JsonObject { ["isBreach"] = true });
        var finding = Validate(incident).Single("XR-INC-04");
        Assert.Equal("/personalDataBreach/cnilNotifiedAt", finding.Pointer);
        Assert.Contains("2026-11-04T07:00Z", finding.Message);
    }

    [Fact]
    public void XR_INC_04_is_quiet_when_notified_in_time_or_documented_as_without_risk()
    {
        Validate(Serious().With("personalDataBreach", new JsonObject { ["isBreach"] = true, ["cnilNotifiedAt"] = "2026-11-03T10:00:00Z" })).None("XR-INC-04");
        Validate(Serious().With("personalDataBreach", new JsonObject { ["isBreach"] = true, ["notificationNotRequiredReason"] = "Encrypted laptop, key not compromised." })).None("XR-INC-04");
    }

    [Fact]
    public void XR_INC_05_fires_on_an_open_serious_incident_without_suspension()
    {
        var finding = Validate(Serious().With("useSuspended", new JsonObject { ["suspended"] = false })).Single("XR-INC-05");
        Assert.Equal(("/useSuspended/suspended", "/status"), (finding.Pointer, finding.Related[0].Location.Pointer));
    }

    [Fact]
    public void XR_INC_05_fires_when_the_suspension_has_ended()
    {
        var ended = new JsonObject { ["suspended"] = true, ["from"] = "2026-11-01T09:00:00Z", ["to"] = "2026-11-15T09:00:00Z" };
        Validate(Serious().With("useSuspended", ended)).Single("XR-INC-05");
    }

    [Fact]
    public void XR_INC_05_accepts_an_approved_decision_to_continue()
    {
        repository.Artefact(IncidentPath, Serious().With("useSuspended", new JsonObject { ["suspended"] = false }));
        repository.Artefact("approvals/inc-1.json", Artefacts.Approval("apr-inc-1", "Incident", "inc-1", repository.HashOf(IncidentFile), ("Dr Paul Henry", "medical-lead")));
        repository.Validate().None("XR-INC-05");
    }

    [Fact]
    public void XR_INC_06_fires_on_a_closed_serious_incident_without_root_cause_or_with_open_actions()
    {
        var incident = Serious().With("status", "closed").With("closedAt", "2026-11-24T10:00:00Z")
            .With("correctiveActions", JsonNode.Parse("""[ { "description": "Retrain", "status": "done" }, { "description": "Audit", "status": "in-progress" } ]"""));
        var pointers = Validate(incident).Findings.Where(f => f.Rule == "XR-INC-06").Select(f => f.Pointer).Order().ToList();
        Assert.Equal(["/correctiveActions/1/status", "/rootCause"], pointers);
    }

    [Fact]
    public void XR_INC_06_is_quiet_for_a_complete_closure_and_for_minor_incidents()
    {
        Validate(Serious().With("status", "closed").With("rootCause", "Lead misplacement.")
            .With("correctiveActions", JsonNode.Parse("""[ { "status": "done" } ]"""))).None("XR-INC-06");
        Validate(Serious().With("severity", "minor").With("status", "closed")).None("XR-INC-06");
    }

    [Fact]
    public void XR_INC_07_fires_on_an_unknown_indicator()
    {
        var finding = Validate(Serious().With("triggeredBy", "ecg-unreadable")).Single("XR-INC-07");
        Assert.Equal(("/triggeredBy", "policies/ecg/system-card.json"), (finding.Pointer, finding.Related[0].Location.File));
        Assert.Contains("ecg-unreadable-rate", finding.Message);
    }

    [Fact]
    public void XR_INC_07_is_quiet_for_a_declared_indicator()
    {
        Validate(Serious().With("triggeredBy", "ecg-unreadable-rate")).None("XR-INC-07");
    }
}
