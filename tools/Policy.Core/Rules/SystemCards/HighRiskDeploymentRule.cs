using Policy.Core.Catalog;
using Policy.Core.Findings;
using Policy.Core.Model;
using Policy.Kernel.Time;

namespace Policy.Core.Rules.SystemCards;

/// <summary>
/// XR-SC-04: a deployed high-risk system has its instructions for use, logs kept at least the configured
/// minimum (logRetentionMin, AI Act Art. 26(6): six months), and a monitoring indicator with threshold and frequency.
/// </summary>
public sealed class HighRiskDeploymentRule : IRepositoryRule
{
    public static RuleDescriptor Descriptor { get; } = new(
        "XR-SC-04", "systemcard", Severity.Error,
        "A high-risk system at stage deployment or later has instructions for use, logging kept at least the minimum retention, and a monitoring indicator with threshold and frequency.",
        "AI Act Art. 13, 26(1), 26(5), 26(6)");

    public IReadOnlyList<RuleDescriptor> Descriptors { get; } = [Descriptor];

    public void Check(RuleContext context)
    {
        foreach (var card in context.Repository.OfKind(ArtefactKinds.SystemCard))
        {
            var stage = LifecycleStages.StageOf(card);
            if (card.Root.String("aiAct", "riskClass") != "high-risk" || !LifecycleStages.IsDeployedOrLater(stage))
            {
                continue;
            }

            var why = new RelatedLocation(card.At("/aiAct/riskClass"), $"high-risk, at stage {stage}");
            if (string.IsNullOrWhiteSpace(card.Root.String("instructionsForUseRef")))
            {
                context.Report(
                    Descriptor,
                    card.At("/instructionsForUseRef"),
                    $"high-risk system '{card.Id}' is deployed without instructionsForUseRef; deployers must use it according to the provider's instructions (AI Act Art. 13, 26(1)). Obtain the instructions for use from the vendor and record where they are.",
                    why);
            }

            CheckLogging(context, card, why);
            CheckIndicators(context, card, why);
        }
    }

    private static void CheckLogging(RuleContext context, Artefact card, RelatedLocation why)
    {
        var minimum = context.Settings.Policies.LogRetentionMin;
        if (card.Root.Bool("monitoring", "logging", "enabled") != true)
        {
            context.Report(
                Descriptor,
                card.At("/monitoring/logging/enabled"),
                $"high-risk system '{card.Id}' is deployed without logging enabled; deployers keep the automatically generated logs for at least {minimum} (AI Act Art. 12, 26(6)). Enable logging and record monitoring.logging.",
                why);
            return;
        }

        var text = card.Root.String("monitoring", "logging", "retention");
        var retention = IsoDuration.Parse(text);
        // Durations of different units compare only on a calendar: add both to the same day.
        if (retention is null || retention.Value.AddTo(context.Today) < minimum.AddTo(context.Today))
        {
            context.Report(
                Descriptor,
                card.At("/monitoring/logging/retention"),
                $"logs of high-risk system '{card.Id}' are kept {text ?? "(no retention recorded)"}, less than the minimum {minimum} (AI Act Art. 26(6); Governance policies.logRetentionMin). Keep the logs at least {minimum}.",
                why);
        }
    }

    private static void CheckIndicators(RuleContext context, Artefact card, RelatedLocation why)
    {
        var complete = card.Root.Items("monitoring", "indicators")
            .Any(i => !string.IsNullOrWhiteSpace(i.String("threshold")) && IsoDuration.Parse(i.String("frequency")) is not null);
        if (!complete)
        {
            context.Report(
                Descriptor,
                card.At("/monitoring/indicators"),
                $"high-risk system '{card.Id}' is deployed without a monitoring indicator that has a threshold and a frequency; deployers monitor operation and act on risks (AI Act Art. 26(5)). Add an indicator to monitoring.indicators with its threshold, frequency, owner and action on breach.",
                why);
        }
    }
}
