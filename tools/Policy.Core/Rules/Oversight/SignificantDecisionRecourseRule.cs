using System.Text.Json;
using Policy.Core.Catalog;
using Policy.Core.Findings;
using Policy.Core.Model;
using Policy.Core.Rules.Notices;

namespace Policy.Core.Rules.Oversight;

/// <summary>
/// XR-HO-06: a decision based solely on automated processing with a significant effect on the patient
/// (mode <c>none</c>) gives the patient a recourse (HumanOversight <c>patientRecourse</c>: contest it,
/// obtain human intervention, GDPR Art. 22(3)) and is explained in every language of the system's
/// PatientNotice (<c>automatedDecision</c>, Art. 13(2)(f)). Those articles concern solely automated
/// decisions, so a decision a person takes (in the loop, in command) is outside this rule; one that takes
/// effect unless a person intervenes (on the loop) gets a warning, for the committee to check that the
/// person's involvement is meaningful. The notice part starts when the system is used in care, as the
/// notice rules do (XR-PN-01): before use there is nothing to tell patients. The recourse part, like
/// the schema's condition on <c>patientRecourse</c>, holds at every stage.
/// </summary>
public sealed class SignificantDecisionRecourseRule : IRepositoryRule
{
    public static RuleDescriptor Descriptor { get; } = new(
        "XR-HO-06", OversightFamily.Name, Severity.Error,
        "A fully automated decision (mode none) with a significant effect needs a patientRecourse in its HumanOversight and, once the system is in use, an automatedDecision section in every language of its PatientNotice; a decision on the loop gets a warning to check the human involvement.",
        "GDPR Art. 13(2)(f), 22(1), 22(3); EDPB guidelines on automated decision-making (WP251 rev.01)");

    public IReadOnlyList<RuleDescriptor> Descriptors { get; } = [Descriptor];

    public void Check(RuleContext context)
    {
        foreach (var oversight in context.Repository.OfKind(ArtefactKinds.HumanOversight))
        {
            var significant = JsonSelect.Select(oversight.Root, "/decisions/*").Where(d => d.Value.Bool("significantEffect") == true).ToList();
            var solely = significant.Where(d => d.Value.String("mode") == "none").ToList();
            var onTheLoop = significant.Where(d => d.Value.String("mode") == "on-the-loop").ToList();
            var (pointer, decision, severity) = solely.Count > 0 ? (solely[0].Pointer, solely[0].Value, Severity.Error)
                : onTheLoop.Count > 0 ? (onTheLoop[0].Pointer, onTheLoop[0].Value, Severity.Warning)
                : (string.Empty, default, Severity.Note);
            if (pointer.Length == 0 || oversight.System is not { } system)
            {
                continue;
            }

            var decisionCase = new DecisionCase(oversight, system, decision.String("id") ?? pointer, severity, pointer);
            CheckRecourse(context, decisionCase);
            if (context.Repository.CardOf(system) is { } card && NoticeRequiredRule.Applies(card))
            {
                CheckNotices(context, decisionCase);
            }
        }
    }

    private static void CheckRecourse(RuleContext context, DecisionCase decision)
    {
        var oversight = decision.Oversight;
        if (oversight.Root.Property("patientRecourse") is not { ValueKind: JsonValueKind.Object } recourse)
        {
            context.Report(
                Descriptor,
                decision.Severity,
                oversight.At("/patientRecourse"),
                $"{decision.What}, and GDPR Art. 22(3) gives the patient the right to contest it and obtain human intervention. Add patientRecourse {{ contest, humanInterventionOnRequest: true, explanationOnRequest }}.{decision.Review}",
                decision.Related);
        }
        else if (recourse.Bool("humanInterventionOnRequest") == false)
        {
            context.Report(
                Descriptor,
                decision.Severity,
                oversight.At("/patientRecourse/humanInterventionOnRequest"),
                $"{decision.What}, and GDPR Art. 22(3) gives the patient the right to obtain human intervention. Set humanInterventionOnRequest to true and say in contest who re-examines the decision.{decision.Review}",
                decision.Related);
        }
    }

    private static void CheckNotices(RuleContext context, DecisionCase decision)
    {
        var notices = context.Repository.NoticesFor(decision.System).ToList();
        if (notices.Count == 0)
        {
            return; // XR-PN-01 reports a system in use that no notice lists
        }

        foreach (var notice in notices)
        {
            foreach (var (language, sectionsPointer) in SystemArtefacts.LanguagesWithout(notice, "automatedDecision"))
            {
                context.Report(
                    Descriptor,
                    decision.Severity,
                    notice.At(sectionsPointer),
                    $"the '{language}' text of this notice has no automatedDecision section, but in system '{decision.System}' {decision.What}; GDPR Art. 13(2)(f) requires explaining the logic involved, its significance and consequences, and Art. 22(3) the right to human intervention. Add content.{language}.automatedDecision.{decision.Review}",
                    decision.Related);
            }
        }
    }

    /// <summary>The decision a finding is about, and how strongly the law reaches it.</summary>
    private sealed record DecisionCase(Artefact Oversight, string System, string Name, Severity Severity, string Pointer)
    {
        public bool Solely => Severity == Severity.Error;

        public string What => Solely
            ? $"decision '{Name}' is taken without a person (mode none) and has a significant effect on the patient"
            : $"decision '{Name}' takes effect unless a person intervenes (mode on-the-loop) and has a significant effect on the patient";

        /// <summary>For a decision on the loop: why it is a warning.</summary>
        public string Review => Solely
            ? string.Empty
            : " Whether this is a decision 'based solely on automated processing' depends on how meaningful the monitoring person's involvement is (EDPB WP251 rev.01): if they routinely let outputs through, the duties apply; if each output is really examined, record that and set the mode to in-the-loop.";

        public RelatedLocation[] Related => [new RelatedLocation(Oversight.At(Pointer + "/mode"), $"decision '{Name}' is in mode {(Solely ? "none" : "on-the-loop")}")];
    }
}
