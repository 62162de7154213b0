using System.Text.Json.Nodes;
using Policy.Core.Findings;
using Policy.Core.Tests.Fixtures;
using static Policy.Core.Tests.Rules.OversightTests.OversightFixtures;

namespace Policy.Core.Tests.Rules.OversightTests;

/// <summary>XR-HO-02 (review before record entry) and XR-HO-03 (report validation by a participant).</summary>
public sealed class CardFlagOversightRuleTests : IDisposable
{
    private readonly TestRepository repository = new();

    public void Dispose() => repository.Dispose();

    [Fact]
    public void XR_HO_02_fires_on_review_after_entry()
    {
        repository.Artefact(CardFile, Card().With("outputsToMedicalRecord", true));
        repository.Artefact(OversightFile, HumanOversight().With("recordEntryReview", RecordEntryReview("after-entry")));
        var finding = repository.Validate().Single("XR-HO-02");
        Assert.Equal(("policies/" + OversightFile, "/recordEntryReview/timing", Severity.Error), (finding.File, finding.Pointer, finding.Severity));
        Assert.Contains("before-entry", finding.Message);
        Assert.Equal(("policies/" + CardFile, "/outputsToMedicalRecord"), (finding.Related[0].Location.File, finding.Related[0].Location.Pointer));
    }

    [Fact]
    public void XR_HO_02_fires_on_a_missing_review_block()
    {
        repository.Artefact(CardFile, Card().With("outputsToMedicalRecord", true));
        repository.Artefact(OversightFile, HumanOversight());
        Assert.Equal("/recordEntryReview", repository.Validate().Single("XR-HO-02").Pointer);
    }

    [Fact]
    public void XR_HO_02_fires_on_the_card_when_the_system_has_no_oversight()
    {
        repository.Artefact(CardFile, Card().With("outputsToMedicalRecord", true));
        var finding = repository.Validate().Single("XR-HO-02");
        Assert.Equal(("policies/" + CardFile, "/outputsToMedicalRecord"), (finding.File, finding.Pointer));
    }

    [Fact]
    public void XR_HO_02_is_quiet_on_review_before_entry()
    {
        repository.Artefact(CardFile, Card().With("outputsToMedicalRecord", true));
        repository.Artefact(OversightFile, HumanOversight().With("recordEntryReview", RecordEntryReview("before-entry")));
        repository.Validate().None("XR-HO-02");
    }

    [Fact]
    public void XR_HO_02_is_quiet_when_output_stays_out_of_the_record()
    {
        repository.Artefact(CardFile, Card().With("outputsToMedicalRecord", false));
        repository.Artefact(OversightFile, HumanOversight().With("recordEntryReview", RecordEntryReview("after-entry")));
        repository.Validate().None("XR-HO-02");
    }

    [Fact]
    public void XR_HO_03_fires_when_the_validator_need_not_have_participated()
    {
        repository.Artefact(CardFile, Card().With("generatesClinicalReports", true));
        repository.Artefact(OversightFile, HumanOversight().With("reportValidation", ReportValidation(participated: false)));
        var finding = repository.Validate().Single("XR-HO-03");
        Assert.Equal(("policies/" + OversightFile, "/reportValidation/validatorMustHaveParticipated"), (finding.File, finding.Pointer));
    }

    [Fact]
    public void XR_HO_03_is_quiet_when_a_participant_validates()
    {
        repository.Artefact(CardFile, Card().With("generatesClinicalReports", true));
        repository.Artefact(OversightFile, HumanOversight().With("reportValidation", ReportValidation(participated: true)));
        repository.Validate().None("XR-HO-03");
    }

    [Fact]
    public void XR_HO_03_is_quiet_when_the_system_drafts_no_reports()
    {
        repository.Artefact(CardFile, Card());
        repository.Artefact(OversightFile, HumanOversight());
        repository.Validate().None("XR-HO-03");
    }

    private static JsonObject RecordEntryReview(string timing) =>
        new() { ["required"] = true, ["reviewerRole"] = "reading cardiologist", ["timing"] = timing, ["evidence"] = "signed in the ECG viewer" };

    private static JsonObject ReportValidation(bool participated) =>
        new() { ["required"] = true, ["validatorMustHaveParticipated"] = participated, ["participationEvidence"] = "logged-in user", ["signOff"] = "e-signature" };
}
