using System.Text.Json.Nodes;
using Policy.Core.Findings;
using Policy.Core.Tests.Fixtures;
using static Policy.Core.Tests.Rules.OversightTests.OversightFixtures;

namespace Policy.Core.Tests.Rules.OversightTests;

public sealed class SignificantDecisionRecourseRuleTests : IDisposable
{
    private const string Rule = "XR-HO-06";
    private readonly TestRepository repository = new();

    public SignificantDecisionRecourseRuleTests() => repository.Artefact(CardFile, Card());

    public void Dispose() => repository.Dispose();

    private static JsonObject Recourse(bool humanIntervention = true) =>
        new() { ["contest"] = "ask the cardiologist", ["humanInterventionOnRequest"] = humanIntervention };

    private static Dictionary<string, string[]> Languages(string[] fr, string[] en) => new() { ["fr"] = fr, ["en"] = en };

    [Fact]
    public void Fires_on_the_language_that_lacks_the_automated_decision_section()
    {
        repository.Artefact(OversightFile, HumanOversight(Decision("in-the-loop", true)).With("patientRecourse", Recourse()));
        repository.Artefact(NoticeFile, Notice(Languages(["automatedDecision"], [])));
        var finding = repository.Validate().Single(Rule);
        Assert.Equal(("policies/" + NoticeFile, "/content/en", Severity.Error), (finding.File, finding.Pointer, finding.Severity));
        Assert.Equal(("policies/" + OversightFile, "/decisions/0/significantEffect"), (finding.Related[0].Location.File, finding.Related[0].Location.Pointer));
    }

    [Fact]
    public void Fires_on_the_oversight_without_patient_recourse()
    {
        repository.Artefact(OversightFile, HumanOversight(Decision("in-the-loop", true)));
        repository.Artefact(NoticeFile, Notice(Languages(["automatedDecision"], ["automatedDecision"])));
        var finding = repository.Validate().Single(Rule);
        Assert.Equal(("policies/" + OversightFile, "/patientRecourse"), (finding.File, finding.Pointer));
    }

    [Fact]
    public void Fires_when_human_intervention_is_refused()
    {
        repository.Artefact(OversightFile, HumanOversight(Decision("in-the-loop", true)).With("patientRecourse", Recourse(humanIntervention: false)));
        repository.Artefact(NoticeFile, Notice(Languages(["automatedDecision"], ["automatedDecision"])));
        Assert.Equal("/patientRecourse/humanInterventionOnRequest", repository.Validate().Single(Rule).Pointer);
    }

    [Fact]
    public void Fires_on_the_decision_when_no_notice_lists_the_system()
    {
        repository.Artefact(OversightFile, HumanOversight(Decision("in-the-loop", true)).With("patientRecourse", Recourse()));
        var finding = repository.Validate().Single(Rule);
        Assert.Equal(("policies/" + OversightFile, "/decisions/0/significantEffect"), (finding.File, finding.Pointer));
        Assert.Contains("PatientNotice", finding.Message);
    }

    [Fact]
    public void Is_quiet_with_recourse_and_the_section_in_every_language()
    {
        repository.Artefact(OversightFile, HumanOversight(Decision("in-the-loop", true)).With("patientRecourse", Recourse()));
        repository.Artefact(NoticeFile, Notice(Languages(["automatedDecision"], ["automatedDecision"])));
        repository.Validate().None(Rule);
    }

    [Fact]
    public void Is_quiet_without_a_significant_decision()
    {
        repository.Artefact(OversightFile, HumanOversight(Decision("in-the-loop", false)));
        repository.Artefact(NoticeFile, Notice(Languages([], [])));
        repository.Validate().None(Rule);
    }
}
