using System.Text.Json;
using Policy.Core.Model;

namespace Policy.Core.Rules.Ethics;

/// <summary>
/// Which systems need an ethics assessment: the organisation's choice in the Governance's
/// <c>policies.ethicsAssessmentRequiredFor</c>, applied only once that Governance is approved (as every Governance setting).
/// A system needs one when it matches an entry (each condition it gives holds) and is at its <c>fromStage</c> or later.
/// </summary>
public static class EthicsRequirement
{
    private static readonly string[] Stages = ["acquisition", "contracting", "deployment", "use", "performance-monitoring", "maintenance"];

    /// <returns>Where the Governance requires it for this card, or null when it does not.</returns>
    public static SourceLocationAndReason? For(RuleContext context, Artefact card)
    {
        if (!context.Governance.Applied || context.Governance.Governance is not { } governance)
        {
            return null;
        }

        var index = 0;
        foreach (var entry in governance.Root.Items("policies", "ethicsAssessmentRequiredFor"))
        {
            if (Matches(entry, card))
            {
                return new SourceLocationAndReason(governance.At($"/policies/ethicsAssessmentRequiredFor/{index}"), Describe(entry));
            }

            index++;
        }

        return null;
    }

    /// <summary>Every EthicsAssessment with the SystemCard it names (those naming no card are XR-REF-02's).</summary>
    public static IEnumerable<(Artefact Assessment, Artefact Card)> AssessmentsWithCards(RuleContext context) =>
        context.Repository.OfKind(ArtefactKinds.EthicsAssessment)
            .Select(a => (Assessment: a, Card: a.System is { } id ? context.Repository.Find(id, ArtefactKinds.SystemCard) : null))
            .Where(x => x.Card is not null)
            .Select(x => (x.Assessment, x.Card!));

    private static bool Matches(JsonElement entry, Artefact card)
    {
        var stage = Array.IndexOf(Stages, LifecycleStages.StageOf(card) ?? string.Empty);
        var from = Array.IndexOf(Stages, entry.String("fromStage") ?? LifecycleStages.Deployment);
        if (stage < 0 || stage < from)
        {
            return false; // not yet at the stage, or decommissioned
        }

        if (entry.String("riskClass") is { } riskClass && card.Root.String("aiAct", "riskClass") != riskClass)
        {
            return false;
        }

        var criticalities = entry.Strings("criticalityForCare").Select(c => c.Value).ToList();
        return criticalities.Count == 0 || criticalities.Contains(card.Root.String("criticalityForCare") ?? string.Empty);
    }

    private static string Describe(JsonElement entry)
    {
        var parts = new List<string>();
        if (entry.String("riskClass") is { } riskClass)
        {
            parts.Add($"risk class {riskClass}");
        }

        if (entry.Strings("criticalityForCare").Select(c => c.Value).ToList() is { Count: > 0 } criticalities)
        {
            parts.Add($"criticality {string.Join(" or ", criticalities)}");
        }

        parts.Add($"from stage {entry.String("fromStage") ?? LifecycleStages.Deployment}");
        return string.Join(", ", parts);
    }
}

/// <summary>The Governance entry that requires an assessment, and its conditions in words.</summary>
public sealed record SourceLocationAndReason(Findings.SourceLocation At, string Conditions);
