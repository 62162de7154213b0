using System.Text.Json.Nodes;
using Policy.Core.Findings;
using Policy.Core.Tests.Fixtures;

namespace Policy.Core.Tests.Rules.Notices;

/// <summary>XR-PN-01..05: what patients are told, checked against what the listed systems do.</summary>
public sealed class NoticeRulesTests : IDisposable
{
    private const string NoticePath = "ecg/patient-notice.json";
    private const string NoticeFile = "policies/" + NoticePath;
    private const string CardFile = "policies/ecg/system-card.json";
    private readonly TestRepository repository = new();

    public void Dispose() => repository.Dispose();

    private static JsonObject Card() => Artefacts.SystemCard("ecg-assist", "health.observation")
        .With("lifecycleStage", "use")
        .With("beginDate", "2026-02-01")
        .With("dataSubjects", new JsonArray("patient"))
        .With("interactsDirectlyWithPatients", false);

    private static JsonObject Sections(params string[] extra)
    {
        var sections = new JsonObject();
        foreach (var name in new[] { "aiUse", "purposesAndBases", "recipients", "retention", "rights", "complaint" }.Concat(extra))
        {
            sections[name] = name == "secondaryUse"
                ? new JsonObject { ["description"] = "Research.", ["objectOrOptOut"] = "You may object.", ["howTo"] = "Write to the DPO." }
                : $"Text of {name}.";
        }

        return sections;
    }

    private static JsonObject Notice(JsonObject? content = null) => Artefacts.Envelope("PatientNotice", "pn-ecg", system: "ecg-assist")
        .With("systems", new JsonArray("ecg-assist"))
        .With("content", content ?? new JsonObject { ["fr"] = Sections(), ["en"] = Sections() })
        .With("effectiveFrom", "2026-01-15");

    private void Write(JsonObject card, JsonObject? notice, bool approve = true)
    {
        repository.Artefact("ecg/system-card.json", card);
        if (notice is null)
        {
            return;
        }

        repository.Artefact(NoticePath, notice);
        if (approve)
        {
            repository.Artefact("approvals/pn-ecg.json", Artefacts.Approval("apr-pn-ecg", "PatientNotice", "pn-ecg", repository.HashOf(NoticeFile), ("Marc Dupont", "dpo")));
        }
    }

    private static JsonObject Flow(string country, string purpose = "care.diagnosis", string category = "health.observation") => Artefacts.Envelope("DataFlow", "df-ecg", system: "ecg-assist")
        .With("destination", new JsonObject { ["country"] = country })
        .With("dataCategories", new JsonArray(category))
        .With("purpose", purpose);

    [Fact]
    public void Approved_current_notice_is_quiet()
    {
        Write(Card(), Notice());
        var findings = repository.Validate().Findings;
        Assert.DoesNotContain(findings, f => f.Rule.StartsWith("XR-PN-", StringComparison.Ordinal));
    }

    [Fact]
    public void XR_PN_01_fires_on_the_card_when_no_notice_lists_the_system()
    {
        Write(Card(), null);
        var finding = repository.Validate().Single("XR-PN-01");
        Assert.Equal((CardFile, "/lifecycleStage", Severity.Error), (finding.File, finding.Pointer, finding.Severity));
        Assert.Contains("Create a PatientNotice whose systems include 'ecg-assist'", finding.Message);
    }

    [Fact]
    public void XR_PN_01_fires_on_an_unapproved_notice()
    {
        Write(Card(), Notice(), approve: false);
        var finding = repository.Validate().Single("XR-PN-01");
        Assert.Equal((NoticeFile, ""), (finding.File, finding.Pointer));
        Assert.Equal(CardFile, finding.Related[0].Location.File);
    }

    [Fact]
    public void XR_PN_01_leaves_an_expired_approval_to_XR_APP_04()
    {
        Write(Card(), Notice(), approve: false);
        repository.Artefact("approvals/pn-ecg.json", Artefacts.Approval("apr-pn-ecg", "PatientNotice", "pn-ecg", repository.HashOf(NoticeFile), ("Marc Dupont", "dpo"))
            .With("validUntil", "2026-11-24"));
        var report = repository.Validate();
        report.Single("XR-APP-04");
        report.None("XR-PN-01");
    }

    [Fact]
    public void XR_PN_01_fires_when_the_notice_started_after_the_system_went_into_use()
    {
        Write(Card(), Notice().With("effectiveFrom", "2026-03-01"));
        var finding = repository.Validate().Single("XR-PN-01");
        Assert.Equal((NoticeFile, "/effectiveFrom"), (finding.File, finding.Pointer));
        Assert.Equal("/beginDate", finding.Related[0].Location.Pointer);
    }

    [Fact]
    public void XR_PN_01_fires_when_the_notice_is_no_longer_given()
    {
        Write(Card(), Notice().With("effectiveUntil", "2026-10-31"));
        Assert.Equal("/effectiveUntil", repository.Validate().Single("XR-PN-01").Pointer);
    }

    [Fact]
    public void XR_PN_01_is_quiet_for_a_system_not_yet_in_use_or_without_patient_data()
    {
        Write(Card().With("lifecycleStage", "deployment"), null);
        repository.Validate().None("XR-PN-01");
        Write(Card().With("dataSubjects", new JsonArray("professional")), null);
        repository.Validate().None("XR-PN-01");
    }

    [Fact]
    public void XR_PN_02_fires_in_each_language_without_direct_interaction()
    {
        var content = new JsonObject { ["fr"] = Sections("directInteraction"), ["en"] = Sections() };
        Write(Card().With("interactsDirectlyWithPatients", true), Notice(content));
        var report = repository.Validate();
        var finding = report.Single("XR-PN-02");
        Assert.Equal((NoticeFile, "/content/en/directInteraction"), (finding.File, finding.Pointer));
        Assert.Equal((CardFile, "/interactsDirectlyWithPatients"), (finding.Related[0].Location.File, finding.Related[0].Location.Pointer));
        report.None("XR-PN-03"); // the same gap is not reported twice
    }

    [Fact]
    public void XR_PN_02_is_quiet_when_every_language_has_it()
    {
        var content = new JsonObject { ["fr"] = Sections("directInteraction"), ["en"] = Sections("directInteraction") };
        Write(Card().With("interactsDirectlyWithPatients", true), Notice(content));
        repository.Validate().None("XR-PN-02");
    }

    [Fact]
    public void XR_PN_03_fires_on_the_language_missing_a_section_others_have()
    {
        var content = new JsonObject { ["fr"] = Sections("automatedDecision"), ["en"] = Sections() };
        Write(Card(), Notice(content));
        var finding = repository.Validate().Single("XR-PN-03");
        Assert.Equal(("/content/en", "/content/fr/automatedDecision"), (finding.Pointer, finding.Related[0].Location.Pointer));
    }

    [Fact]
    public void XR_PN_03_fires_without_french()
    {
        Write(Card(), Notice(new JsonObject { ["en"] = Sections() }));
        Assert.Equal("/content", repository.Validate().Single("XR-PN-03").Pointer);
    }

    [Fact]
    public void XR_PN_04_fires_on_a_transfer_outside_the_eea()
    {
        repository.Artefact("ecg/flow.json", Flow("US"));
        Write(Card(), Notice(new JsonObject { ["fr"] = Sections() }));
        var finding = repository.Validate().Single("XR-PN-04");
        Assert.Equal(("/content/fr/transfers", "policies/ecg/flow.json"), (finding.Pointer, finding.Related[0].Location.File));
    }

    [Theory]
    [InlineData("storageCountries", "/destination/storageCountries/0")]
    [InlineData("remoteAccessCountries", "/destination/remoteAccessCountries/0")]
    public void XR_PN_04_counts_storage_and_remote_access_outside_the_eea_as_a_transfer(string field, string pointer)
    {
        var flow = Flow("FR");
        flow["destination"]![field] = new JsonArray("US");
        repository.Artefact("ecg/flow.json", flow);
        Write(Card(), Notice(new JsonObject { ["fr"] = Sections() }));
        var finding = repository.Validate().Single("XR-PN-04");
        Assert.Equal(("/content/fr/transfers", pointer), (finding.Pointer, finding.Related[0].Location.Pointer));
    }

    [Fact]
    public void XR_PN_04_is_quiet_for_anonymous_data_outside_the_eea()
    {
        repository.Artefact("ecg/flow.json", Flow("US", category: "anonymous"));
        Write(Card(), Notice(new JsonObject { ["fr"] = Sections() }));
        repository.Validate().None("XR-PN-04");
    }

    [Fact]
    public void XR_PN_04_requires_secondary_use_for_a_dpia_research_purpose_without_any_flow()
    {
        repository.Artefact("ecg/dpia.json", Artefacts.Envelope("Dpia", "dpia-ecg", system: "ecg-assist")
            .With("scope", new JsonObject { ["systems"] = new JsonArray("ecg-assist") })
            .With("purposes", JsonNode.Parse("""[ { "id": "care", "dataUse": "care.diagnosis" }, { "id": "study", "dataUse": "research" } ]""")));
        Write(Card(), Notice(new JsonObject { ["fr"] = Sections() }));
        var finding = repository.Validate().Single("XR-PN-04");
        Assert.Equal(("/content/fr/secondaryUse", "policies/ecg/dpia.json", "/purposes/1/dataUse"), (finding.Pointer, finding.Related[0].Location.File, finding.Related[0].Location.Pointer));

        Write(Card(), Notice(new JsonObject { ["fr"] = Sections("secondaryUse") }));
        repository.Validate().None("XR-PN-04");
    }

    [Fact]
    public void XR_PN_04_is_quiet_for_a_dpia_with_care_purposes_only()
    {
        repository.Artefact("ecg/dpia.json", Artefacts.Envelope("Dpia", "dpia-ecg", system: "ecg-assist")
            .With("purposes", JsonNode.Parse("""[ { "id": "care", "dataUse": "care.diagnosis" }, { "id": "quality", "dataUse": "quality-improvement" } ]""")));
        Write(Card(), Notice(new JsonObject { ["fr"] = Sections() }));
        repository.Validate().None("XR-PN-04");
    }

    [Fact]
    public void XR_PN_04_is_quiet_for_a_flow_inside_the_eea_or_an_inactive_one()
    {
        repository.Artefact("ecg/flow.json", Flow("FR"));
        repository.Artefact("ecg/old-flow.json", Flow("US").With("id", "df-old").With("active", false));
        Write(Card(), Notice(new JsonObject { ["fr"] = Sections() }));
        repository.Validate().None("XR-PN-04");
    }

    [Fact]
    public void XR_PN_04_requires_the_right_to_object_for_research_reuse()
    {
        repository.Artefact("ecg/flow.json", Flow("FR", "research"));
        var sections = Sections();
        sections["secondaryUse"] = new JsonObject { ["description"] = "Research." };
        Write(Card(), Notice(new JsonObject { ["fr"] = sections }));
        Assert.Equal("/content/fr/secondaryUse", repository.Validate().Single("XR-PN-04").Pointer);

        Write(Card(), Notice(new JsonObject { ["fr"] = Sections("secondaryUse") }));
        repository.Validate().None("XR-PN-04");
    }

    [Fact]
    public void XR_PN_05_fires_for_an_annex_III_high_risk_system()
    {
        Write(Card().With("aiAct", new JsonObject { ["riskClass"] = "high-risk", ["basis"] = "annex-iii", ["annexIIIPoint"] = "5(d)" }), Notice(new JsonObject { ["fr"] = Sections() }));
        var finding = repository.Validate().Single("XR-PN-05");
        Assert.Equal(("/content/fr/explanationRight", "/aiAct/basis"), (finding.Pointer, finding.Related[0].Location.Pointer));
    }

    [Fact]
    public void XR_PN_05_is_quiet_for_an_annex_I_high_risk_system()
    {
        Write(Card().With("aiAct", new JsonObject { ["riskClass"] = "high-risk", ["basis"] = "annex-i-mdr" }), Notice(new JsonObject { ["fr"] = Sections() }));
        repository.Validate().None("XR-PN-05");
    }
}
