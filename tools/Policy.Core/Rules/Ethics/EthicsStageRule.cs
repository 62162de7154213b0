using Policy.Core.Catalog;
using Policy.Core.Findings;
using Policy.Core.Model;

namespace Policy.Core.Rules.Ethics;

/// <summary>
/// XR-ETH-02: an ethics assessment is made per life-cycle stage, so an EthicsAssessment has an entry for the stage its
/// system is at now; one that stops at an earlier stage was not revisited when the system moved on.
/// </summary>
public sealed class EthicsStageRule : IRepositoryRule
{
    public static RuleDescriptor Descriptor { get; } = new(
        "XR-ETH-02", "ethics", Severity.Warning,
        "An EthicsAssessment assesses the five principles at the life-cycle stage its system is at now (a stages entry for the SystemCard's lifecycleStage).",
        "national digital-health ethics framework; CNIL/HAS guide (life-cycle stages)");

    public IReadOnlyList<RuleDescriptor> Descriptors { get; } = [Descriptor];

    public void Check(RuleContext context)
    {
        foreach (var (assessment, card) in EthicsRequirement.AssessmentsWithCards(context))
        {
            if (LifecycleStages.StageOf(card) is not { } stage)
            {
                continue; // a card without a stage is a schema error
            }

            var assessed = assessment.Root.Items("stages").Select(s => s.String("stage")).OfType<string>().ToList();
            if (assessed.Contains(stage))
            {
                continue;
            }

            context.Report(
                Descriptor,
                assessment.At("/stages"),
                $"EthicsAssessment '{assessment.Id}' assesses '{card.Id}' at stage {(assessed.Count == 0 ? "none" : string.Join(", ", assessed))}, but the system is now at stage {stage}; revisit the five principles at this stage and add a stages entry for {stage}.",
                new RelatedLocation(card.At("/lifecycleStage"), $"'{card.Id}' is at stage {stage}"));
        }
    }
}
