using System.Text.Json;
using Policy.Core.Catalog;
using Policy.Core.Findings;
using Policy.Core.Model;

namespace Policy.Core.Rules.Dataflows;

/// <summary>
/// XR-DF-08: a flow whose recipient may train on the data, or whose purpose is training an AI system,
/// is a further purpose: the Dpia gives it its own entry (dataUse train-ai-system or research) with its
/// own lawful basis, and a PatientNotice lists the system (its secondaryUse section in every language
/// is XR-PN-04's, which counts this flow among its causes). Each Dpia is reported once, even when
/// several flows of the system need it.
/// </summary>
public sealed class TrainingPurposeRule : IRepositoryRule
{
    /// <summary>Dpia purposes that can carry training: training itself, or research (GDPR 9(2)(j)).</summary>
    private static readonly string[] SecondaryPurposes = ["train-ai-system", "research"];

    public static RuleDescriptor Descriptor { get; } = new(
        "XR-DF-08", DataFlowFacts.Family, Severity.Error,
        "When a recipient may train on the data (or the flow's purpose is train-ai-system), the Dpia has a separate train-ai-system or research purpose with its own lawful basis, and a PatientNotice lists the system (XR-PN-04 checks its secondaryUse section).",
        "GDPR Art. 5(1)(b), 6, 9, 21; EHDS Art. 71; FIDES train_ai_system");

    public IReadOnlyList<RuleDescriptor> Descriptors { get; } = [Descriptor];

    public void Check(RuleContext context)
    {
        var reported = new HashSet<(string File, string Pointer)>();
        void Report(SourceLocation at, string message, RelatedLocation related)
        {
            if (reported.Add((at.File, at.Pointer)))
            {
                context.Report(Descriptor, at, message, related);
            }
        }

        var taxonomy = context.Repository.Taxonomy;
        foreach (var flow in DataFlowFacts.ActiveFlows(context.Repository))
        {
            var trigger = flow.Root.Bool("recipientMayTrainOnData") == true ? "/recipientMayTrainOnData"
                : flow.Root.String("purpose") is { } purpose && taxonomy.PurposeCovers("train-ai-system", purpose) ? "/purpose"
                : null;
            if (trigger is null || flow.System is not { } system)
            {
                continue;
            }

            var why = trigger == "/purpose" ? "this flow's purpose is training an AI system" : "the recipient may train its models on this flow's data";
            var onFlow = new RelatedLocation(flow.At(trigger), why);
            CheckDpias(context, flow, system, why, onFlow, Report);
            CheckNotices(context, flow, system, why, onFlow, Report);
        }
    }

    private static void CheckDpias(RuleContext context, Artefact flow, string system, string why, RelatedLocation onFlow, Action<SourceLocation, string, RelatedLocation> report)
    {
        var named = flow.Root.String("dpia") is { } id ? context.Repository.Find(id, ArtefactKinds.Dpia) : null;
        var dpias = named is not null ? [named] : context.Repository.DpiasCovering(system).ToList();
        if (dpias.Count == 0)
        {
            report(onFlow.Location, $"{why}, a purpose of its own (GDPR Art. 5(1)(b)), but no Dpia covers system '{system}'. Name a Dpia in dpia and give it a purpose with dataUse train-ai-system (or research) and its own lawfulBasis.", onFlow);
            return;
        }

        var taxonomy = context.Repository.Taxonomy;
        foreach (var dpia in dpias)
        {
            var secondary = JsonSelect.Select(dpia.Root, "/purposes/*")
                .Where(p => p.Value.String("dataUse") is { } use && SecondaryPurposes.Any(s => taxonomy.PurposeCovers(s, use)))
                .ToList();
            if (secondary.Count == 0)
            {
                report(dpia.At("/purposes"), $"{why} (DataFlow '{flow.Id}'), but Dpia '{dpia.Id}' has no separate training purpose; GDPR Art. 5(1)(b) requires each purpose to be specified, and training is not care. Add a purpose with dataUse train-ai-system (or research) and its own lawfulBasis (GDPR Art. 6 and 9(2)).", onFlow);
            }
            else if (!secondary.Any(p => p.Value.Property("lawfulBasis") is { ValueKind: JsonValueKind.Object }))
            {
                report(dpia.At(secondary[0].Pointer), $"{why} (DataFlow '{flow.Id}'), but this Dpia purpose has no lawful basis of its own; the care basis (Art. 9(2)(h)) does not extend to training (GDPR Art. 6, 9). Add lawfulBasis {{ art6, art9 }} to this purpose (for example research-9-2-j with the applicable CNIL reference methodology).", onFlow);
            }
        }
    }

    /// <summary>
    /// Patients are told of the reuse in the notice's secondaryUse section, which XR-PN-04 checks in every
    /// language (this flow is one of its causes); only a system that no notice lists at all is said here.
    /// </summary>
    private static void CheckNotices(RuleContext context, Artefact flow, string system, string why, RelatedLocation onFlow, Action<SourceLocation, string, RelatedLocation> report)
    {
        if (!context.Repository.NoticesFor(system).Any())
        {
            report(onFlow.Location, $"{why}, and patients must be told of this reuse and of their right to object (GDPR Art. 13(3), 21; EHDS Art. 71), but no PatientNotice lists system '{system}'. Add one whose systems include '{system}', with a secondaryUse section in every language.", onFlow);
        }
    }
}
