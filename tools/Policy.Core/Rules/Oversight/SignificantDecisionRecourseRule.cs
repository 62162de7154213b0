using System.Text.Json;
using Policy.Core.Findings;
using Policy.Core.Model;

namespace Policy.Core.Rules.Oversight;

/// <summary>
/// XR-HO-06: when a decision has a significant effect on the patient, the patient is told about it
/// (an <c>automatedDecision</c> section in every language of the system's PatientNotice) and can
/// contest it and obtain human intervention (HumanOversight <c>patientRecourse</c>).
/// </summary>
public sealed class SignificantDecisionRecourseRule : IRepositoryRule
{
    public static RuleDescriptor Descriptor { get; } = new(
        "XR-HO-06", OversightFamily.Name, Severity.Error,
        "A decision with a significant effect needs an automatedDecision section in every language of the system's PatientNotice and a patientRecourse in its HumanOversight.",
        "GDPR Art. 13(2)(f), 22(3)");

    public IReadOnlyList<RuleDescriptor> Descriptors { get; } = [Descriptor];

    public void Check(RuleContext context)
    {
        foreach (var oversight in context.Repository.OfKind(ArtefactKinds.HumanOversight))
        {
            var significant = JsonSelect.Select(oversight.Root, "/decisions/*").Where(d => d.Value.Bool("significantEffect") == true).ToList();
            if (significant.Count == 0 || oversight.System is not { } system)
            {
                continue;
            }

            var (pointer, decision) = significant[0];
            var name = decision.String("id") ?? pointer;
            var onDecision = new RelatedLocation(oversight.At(pointer + "/significantEffect"), $"decision '{name}' has a significant effect");
            CheckRecourse(context, oversight, name, onDecision);
            CheckNotices(context, oversight, system, name, onDecision);
        }
    }

    private static void CheckRecourse(RuleContext context, Artefact oversight, string name, RelatedLocation onDecision)
    {
        if (oversight.Root.Property("patientRecourse") is not { ValueKind: JsonValueKind.Object } recourse)
        {
            context.Report(
                Descriptor,
                oversight.At("/patientRecourse"),
                $"decision '{name}' has a significant effect on the patient, and GDPR Art. 22(3) gives the patient the right to contest it and obtain human intervention. Add patientRecourse {{ contest, humanInterventionOnRequest: true, explanationOnRequest }}.",
                onDecision);
        }
        else if (recourse.Bool("humanInterventionOnRequest") == false)
        {
            context.Report(
                Descriptor,
                oversight.At("/patientRecourse/humanInterventionOnRequest"),
                $"decision '{name}' has a significant effect on the patient, and GDPR Art. 22(3) gives the patient the right to obtain human intervention. Set humanInterventionOnRequest to true and say in contest who re-examines the decision.",
                onDecision);
        }
    }

    private static void CheckNotices(RuleContext context, Artefact oversight, string system, string name, RelatedLocation onDecision)
    {
        var notices = context.Repository.NoticesFor(system).ToList();
        if (notices.Count == 0)
        {
            context.Report(
                Descriptor,
                onDecision.Location,
                $"decision '{name}' has a significant effect on the patient, but no PatientNotice lists system '{system}'; GDPR Art. 13(2)(f) requires telling patients about the logic, significance and consequences of the decision. Add a PatientNotice whose systems include '{system}', with an automatedDecision section in every language.");
            return;
        }

        foreach (var notice in notices)
        {
            foreach (var (language, sectionsPointer) in SystemArtefacts.LanguagesWithout(notice, "automatedDecision"))
            {
                context.Report(
                    Descriptor,
                    notice.At(sectionsPointer),
                    $"the '{language}' text of this notice has no automatedDecision section, but decision '{name}' of system '{system}' has a significant effect on the patient; GDPR Art. 13(2)(f) and 22(3) require explaining the logic involved, its significance and the right to human intervention. Add content.{language}.automatedDecision.",
                    onDecision);
            }
        }
    }
}
