using Policy.Core.Catalog;
using Policy.Core.Findings;
using Policy.Core.Model;

namespace Policy.Core.Rules.SystemCards;

/// <summary>XR-SC-02: a medical device used in care carries a CE marking whose certificate is valid today.</summary>
public sealed class CeMarkingRule : IRepositoryRule
{
    public static RuleDescriptor Descriptor { get; } = new(
        "XR-SC-02", "systemcard", Severity.Error,
        "A medical device at stage use, performance-monitoring or maintenance is CE marked with a certificate valid today.",
        "MDR Art. 5, 20 and 56 (CE marking and certificates); CHAI RegulatoryApproval");

    public IReadOnlyList<RuleDescriptor> Descriptors { get; } = [Descriptor];

    public void Check(RuleContext context)
    {
        foreach (var card in context.Repository.OfKind(ArtefactKinds.SystemCard))
        {
            var stage = LifecycleStages.StageOf(card);
            if (card.Root.Bool("medicalDevice", "isDevice") != true || !LifecycleStages.IsInService(stage))
            {
                continue;
            }

            var inUse = new RelatedLocation(card.At("/lifecycleStage"), $"the system is at stage {stage}");
            var status = card.Root.String("medicalDevice", "ceMarking", "status");
            if (status != "marked")
            {
                context.Report(
                    Descriptor,
                    card.At("/medicalDevice/ceMarking/status"),
                    $"'{card.Id}' is a medical device in use (stage {stage}) but its CE marking is '{status ?? "(not recorded)"}'; a device may be used only once CE marked (MDR Art. 5, 20). Record the CE marking and certificate, or move the system back to a stage before use.",
                    inUse);
                continue;
            }

            var validUntil = card.Root.Date("medicalDevice", "ceMarking", "validUntil");
            if (validUntil is null)
            {
                context.Report(
                    Descriptor,
                    card.At("/medicalDevice/ceMarking/validUntil"),
                    $"'{card.Id}' is a medical device in use but its CE certificate has no validUntil, so nobody can see that it is still valid (MDR Art. 56). Record ceMarking.validUntil from the notified body's certificate.",
                    inUse);
            }
            else if (validUntil.Value < context.Today)
            {
                context.Report(
                    Descriptor,
                    card.At("/medicalDevice/ceMarking/validUntil"),
                    $"the CE certificate of '{card.Id}' expired on {validUntil:yyyy-MM-dd} while the device is in use (stage {stage}); an expired certificate no longer covers the device (MDR Art. 56). Record the renewed certificate, or suspend use.",
                    inUse);
            }
        }
    }
}
