using Policy.Core.Catalog;
using Policy.Core.Findings;
using Policy.Core.Model;

namespace Policy.Core.Rules.SystemCards;

/// <summary>
/// XR-SC-06 and XR-SC-07: before a system is used in care it is validated locally (a warning while it is
/// being deployed, an error once in use) and its users have a training plan.
/// </summary>
public sealed class DeploymentReadinessRule : IRepositoryRule
{
    public static RuleDescriptor LocalValidation { get; } = new(
        "XR-SC-06", "systemcard", Severity.Error,
        "A system is validated locally (localValidation.status done) before use: a warning at stage deployment, an error from stage use on.",
        "CNIL/HAS guide (local validation before use); HTI-1 source attributes #27, #29");

    public static RuleDescriptor TrainingPlan { get; } = new(
        "XR-SC-07", "systemcard", Severity.Error,
        "A system at stage deployment or later has a training plan for its users.",
        "AI Act Art. 4 (AI literacy), Art. 26(2)");

    public IReadOnlyList<RuleDescriptor> Descriptors { get; } = [LocalValidation, TrainingPlan];

    public void Check(RuleContext context)
    {
        foreach (var card in context.Repository.OfKind(ArtefactKinds.SystemCard))
        {
            var stage = LifecycleStages.StageOf(card);
            if (!LifecycleStages.IsDeployedOrLater(stage))
            {
                continue;
            }

            var atStage = new RelatedLocation(card.At("/lifecycleStage"), $"stage {stage}");
            var status = card.Root.String("localValidation", "status");
            if (status != "done")
            {
                // Validation is under way while deploying; using the system unvalidated is the error.
                var rule = stage == LifecycleStages.Deployment ? LocalValidation with { DefaultSeverity = Severity.Warning } : LocalValidation;
                context.Report(
                    rule,
                    card.At("/localValidation/status"),
                    $"'{card.Id}' is at stage {stage} and its local validation is '{status ?? "(not recorded)"}'; the CNIL/HAS guide asks for validation on the organisation's own patients and workflow before use. Complete the local validation and record it as done (date, summary, evidence){(stage == LifecycleStages.Deployment ? " before moving to stage use" : ", or move the system back to deployment")}.",
                    atStage);
            }

            if (card.Root.Path("trainingPlan") is null)
            {
                context.Report(
                    TrainingPlan,
                    card.At("/trainingPlan"),
                    $"'{card.Id}' is at stage {stage} without a trainingPlan; staff who use or oversee an AI system need sufficient AI literacy and training (AI Act Art. 4, 26(2)). Add a trainingPlan naming the audience and the content (use, limits, automation bias, override, incident reporting).",
                    atStage);
            }
        }
    }
}
