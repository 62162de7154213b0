using System.Text.Json.Nodes;
using Policy.Core.Findings;
using Policy.Core.Tests.Fixtures;
using static Policy.Core.Tests.Rules.OversightTests.OversightFixtures;

namespace Policy.Core.Tests.Rules.OversightTests;

/// <summary>
/// XR-HO-06 concerns decisions taken solely by the system (mode none): recourse at every stage, the
/// notice once the system is in use; on the loop it is a warning, in the loop or in command it is quiet.
/// </summary>
public sealed class SignificantDecisionRecourseRuleTests : IDisposable
{
    private const string Rule = "XR-HO-06";
    private readonly TestRepository repository = new();

    public SignificantDecisionRecourseRuleTests() => repository.Artefact(CardFile, InUse());

    public void Dispose() => repository.Dispose();

    private static JsonObject InUse(string stage = "use") =>
        Card().With("lifecycleStage", stage).With("dataSubjects", new JsonArray("patient"));

    private static JsonObject Recourse(bool humanIntervention = true) =>
        new() { ["contest"] = "ask the cardiologist", ["humanInterventionOnRequest"] = humanIntervention };

    private static Dictionary<string, string[]> Languages(string[] fr, string[] en) => new() { ["fr"] = fr, ["en"] = en };

    [Fact]
    public void Fires_on_the_language_that_lacks_the_automated_decision_section()
    {
        repository.Artefact(OversightFile, HumanOversight(Decision("none", true)).With("patientRecourse", Recourse()));
        repository.Artefact(NoticeFile, Notice(Languages(["automatedDecision"], [])));
        var finding = repository.Validate().Single(Rule);
        Assert.Equal(("policies/" + NoticeFile, "/content/en", Severity.Error), (finding.File, finding.Pointer, finding.Severity));
        Assert.Equal(("policies/" + OversightFile, "/decisions/0/mode"), (finding.Related[0].Location.File, finding.Related[0].Location.Pointer));
    }

    [Fact]
    public void Fires_on_the_oversight_without_patient_recourse()
    {
        repository.Artefact(OversightFile, HumanOversight(Decision("none", true)));
        repository.Artefact(NoticeFile, Notice(Languages(["automatedDecision"], ["automatedDecision"])));
        var finding = repository.Validate().Single(Rule);
        Assert.Equal(("policies/" + OversightFile, "/patientRecourse", Severity.Error), (finding.File, finding.Pointer, finding.Severity));
    }

    [Fact]
    public void Fires_when_human_intervention_is_refused()
    {
        repository.Artefact(OversightFile, HumanOversight(Decision("none", true)).With("patientRecourse", Recourse(humanIntervention: false)));
        repository.Artefact(NoticeFile, Notice(Languages(["automatedDecision"], ["automatedDecision"])));
        Assert.Equal("/patientRecourse/humanInterventionOnRequest", repository.Validate().Single(Rule).Pointer);
    }

    [Fact]
    public void Leaves_a_system_in_use_without_any_notice_to_XR_PN_01()
    {
        repository.Artefact(OversightFile, HumanOversight(Decision("none", true)).With("patientRecourse", Recourse()));
        var report = repository.Validate();
        report.None(Rule);
        report.Single("XR-PN-01");
    }

    [Fact]
    public void Asks_nothing_of_the_notice_before_use_but_still_the_recourse()
    {
        repository.Artefact(CardFile, InUse("deployment"));
        repository.Artefact(OversightFile, HumanOversight(Decision("none", true)));
        repository.Artefact(NoticeFile, Notice(Languages([], [])));
        var finding = repository.Validate().Single(Rule);
        Assert.Equal("/patientRecourse", finding.Pointer);
    }

    [Fact]
    public void Warns_on_a_decision_on_the_loop()
    {
        repository.Artefact(OversightFile, HumanOversight(Decision("on-the-loop", true)));
        repository.Artefact(NoticeFile, Notice(Languages(["automatedDecision"], ["automatedDecision"])));
        var finding = repository.Validate().Single(Rule);
        Assert.Equal(("/patientRecourse", Severity.Warning), (finding.Pointer, finding.Severity));
        Assert.Contains("meaningful", finding.Message);
    }

    [Theory]
    [InlineData("in-the-loop")]
    [InlineData("in-command")]
    public void Is_quiet_on_a_decision_a_person_takes(string mode)
    {
        repository.Artefact(OversightFile, HumanOversight(Decision(mode, true)));
        repository.Artefact(NoticeFile, Notice(Languages([], [])));
        repository.Validate().None(Rule);
    }

    [Fact]
    public void Is_quiet_with_recourse_and_the_section_in_every_language()
    {
        repository.Artefact(OversightFile, HumanOversight(Decision("none", true)).With("patientRecourse", Recourse()));
        repository.Artefact(NoticeFile, Notice(Languages(["automatedDecision"], ["automatedDecision"])));
        repository.Validate().None(Rule);
    }

    [Fact]
    public void Is_quiet_without_a_significant_decision()
    {
        repository.Artefact(OversightFile, HumanOversight(Decision("none", false)));
        repository.Artefact(NoticeFile, Notice(Languages([], [])));
        repository.Validate().None(Rule);
    }
}
