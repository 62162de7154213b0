using System.Globalization;
using Policy.Core.Catalog;
using Policy.Core.Findings;
using Policy.Core.Model;

namespace Policy.Core.Rules.SystemCards;

/// <summary>
/// XR-SC-11: before a high-risk system is put into service at the workplace, the deployer informs the
/// workers' representatives and the workers affected (AI Act Art. 26(7)), once the high-risk duties
/// apply to it (<see cref="HighRiskDuties"/>). The card records when, in <c>workerInformation</c>: an
/// error from stage use on, a warning at stage deployment; a date after the system went into use
/// (<c>beginDate</c>), or after today, is an error too.
/// </summary>
public sealed class WorkerInformationRule : IRepositoryRule
{
    private static readonly (string Field, string Who)[] Dates =
    [
        ("representativesInformedOn", "the workers' representatives"),
        ("workersInformedOn", "the affected workers"),
    ];

    public static RuleDescriptor Descriptor { get; } = new(
        "XR-SC-11", "systemcard", Severity.Error,
        "Before a high-risk system is put into service, the deployer informs the workers' representatives and the affected workers (workerInformation, dated no later than beginDate): an error from stage use on, a warning at stage deployment.",
        "AI Act Art. 26(7)");

    public IReadOnlyList<RuleDescriptor> Descriptors { get; } = [Descriptor];

    public void Check(RuleContext context)
    {
        foreach (var card in context.Repository.OfKind(ArtefactKinds.SystemCard))
        {
            var stage = LifecycleStages.StageOf(card);
            if (!LifecycleStages.IsDeployedOrLater(stage)
                || !HighRiskDuties.IsDeployer(card)
                || HighRiskDuties.ApplyFrom(card, context.Settings.Policies) is not { } from
                || context.Today < from)
            {
                continue;
            }

            var atStage = new RelatedLocation(card.At("/lifecycleStage"), $"stage {stage}");
            var inUse = stage != LifecycleStages.Deployment;
            var later = inUse ? string.Empty : " before moving to stage use";
            if (card.Root.Property("workerInformation") is null)
            {
                context.Report(
                    Descriptor,
                    inUse ? Severity.Error : Severity.Warning,
                    card.At("/workerInformation"),
                    $"high-risk system '{card.Id}' is at stage {stage}, and AI Act Art. 26(7) requires the deployer to inform the workers' representatives and the affected workers before putting a high-risk system into service at the workplace; nothing is recorded. Inform them (in France the social and economic committee, CSE, or the comité social d'établissement of a public hospital) and record it in workerInformation {{ representativesInformedOn, workersInformedOn, representativeBody, means }}{later}.",
                    atStage);
                continue;
            }

            foreach (var (field, who) in Dates)
            {
                var pointer = "/workerInformation/" + field;
                if (card.Root.Date("workerInformation", field) is not { } informed)
                {
                    context.Report(
                        Descriptor,
                        inUse ? Severity.Error : Severity.Warning,
                        card.At(pointer),
                        $"high-risk system '{card.Id}' is at stage {stage}, and AI Act Art. 26(7) requires the deployer to inform {who} before putting a high-risk system into service at the workplace; no date is recorded. Inform them (in France the social and economic committee, CSE, or the comité social d'établissement of a public hospital) and record the date in workerInformation.{field}{later}.",
                        atStage);
                    continue;
                }

                var began = card.Root.Date("beginDate");
                var late = began is { } start && informed > start ? $"after the system went into use on {Day(start)}"
                    : informed > context.Today ? "in the future, while the system is already in service"
                    : null;
                if (inUse && late is not null)
                {
                    context.Report(
                        Descriptor,
                        card.At(pointer),
                        $"workerInformation.{field} of '{card.Id}' is {Day(informed)}, {late}; AI Act Art. 26(7) requires informing {who} before a high-risk system is put into service. Inform them now and say in workerInformation.means what was done, or correct the date if it is wrong.",
                        new RelatedLocation(card.At(began is null ? "/lifecycleStage" : "/beginDate"), "in service since"));
                }
            }
        }
    }

    private static string Day(DateTime date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
