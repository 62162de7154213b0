using Policy.Core.Catalog;
using Policy.Core.Findings;
using Policy.Core.Model;
using Policy.Core.Rules.Notices;

namespace Policy.Core.Rules.SystemCards;

/// <summary>
/// XR-SC-09: a decommissioned system records its end of life, its data flows are marked inactive, and no
/// notice still tells patients that it is used.
/// </summary>
public sealed class DecommissioningRule : IRepositoryRule
{
    public static RuleDescriptor Descriptor { get; } = new(
        "XR-SC-09", "systemcard", Severity.Error,
        "A decommissioned system has a decommissioning block, every DataFlow of it is inactive, and no current PatientNotice still lists it.",
        "CNIL/HAS guide (end of life of an AI system)");

    public IReadOnlyList<RuleDescriptor> Descriptors { get; } = [Descriptor];

    public void Check(RuleContext context)
    {
        foreach (var card in context.Repository.OfKind(ArtefactKinds.SystemCard))
        {
            if (LifecycleStages.StageOf(card) != LifecycleStages.Decommissioned)
            {
                continue;
            }

            var decommissioned = new RelatedLocation(card.At("/lifecycleStage"), $"'{card.Id}' is decommissioned");
            if (card.Root.Path("decommissioning") is null)
            {
                context.Report(
                    Descriptor,
                    card.At("/decommissioning"),
                    $"'{card.Id}' is decommissioned without a decommissioning block (CNIL/HAS end of life). Record the date, what happened to the data, logs and model, and how the patient notice and user documentation were withdrawn.",
                    decommissioned);
            }

            foreach (var flow in context.Repository.ForSystem(card.Id).Where(a => a.Kind == ArtefactKinds.DataFlow && a.Root.Bool("active") != false))
            {
                context.Report(
                    Descriptor,
                    flow.At("/active"),
                    $"DataFlow '{flow.Id}' still counts as active, but its system '{card.Id}' is decommissioned (CNIL/HAS end of life). Stop the flow and set \"active\": false.",
                    decommissioned);
            }

            foreach (var (notice, pointer) in NoticeCoverage.NoticesListing(context.Repository, card.Id).Where(n => NoticeCoverage.IsCurrent(n.Notice, context.Today)))
            {
                var others = notice.Root.Strings("systems").Count(s => s.Value != card.Id);
                var fix = others > 0
                    ? $"remove '{card.Id}' from systems (the notice also covers {others} other system(s))"
                    : "set effectiveUntil to the last day it was given";
                context.Report(
                    Descriptor,
                    notice.At(pointer),
                    $"PatientNotice '{notice.Id}' is still given to patients and lists '{card.Id}', which is decommissioned, so patients are told about an AI that is no longer used (CNIL/HAS end of life). Withdraw it: {fix}.",
                    decommissioned);
            }
        }
    }
}
