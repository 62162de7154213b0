using Policy.Core.Catalog;
using Policy.Core.Findings;
using Policy.Core.Model;

namespace Policy.Core.Rules.Ethics;

/// <summary>
/// XR-ETH-03: eco-responsibility weighs the environmental cost against the benefit, which needs a figure: the
/// SystemCard's <c>environmentalFootprint.energyPerUse</c> (number and unit). A note, since the figure may still be
/// being measured; it keeps the assessment and the card's comparable footprint together.
/// </summary>
public sealed class EcoResponsibilityEvidenceRule : IRepositoryRule
{
    public static RuleDescriptor Descriptor { get; } = new(
        "XR-ETH-03", "ethics", Severity.Note,
        "An EthicsAssessment's eco-responsibility principle rests on a figure: the SystemCard gives environmentalFootprint.energyPerUse as a number and a unit.",
        "national digital-health ethics framework (eco-responsibility); docs/format.md (SystemCard)");

    public IReadOnlyList<RuleDescriptor> Descriptors { get; } = [Descriptor];

    public void Check(RuleContext context)
    {
        foreach (var (assessment, card) in EthicsRequirement.AssessmentsWithCards(context))
        {
            if (card.Root.Path("environmentalFootprint", "energyPerUse", "value") is not null)
            {
                continue;
            }

            context.Report(
                Descriptor,
                assessment.At("/stages"),
                $"EthicsAssessment '{assessment.Id}' assesses eco-responsibility, but SystemCard '{card.Id}' gives no comparable energy figure; record environmentalFootprint.energyPerUse (value and unit, for example {{ \"value\": 0.4, \"unit\": \"Wh\", \"use\": \"one ECG analysed\" }}) and the measurementMethod, so the cost can be weighed and compared.",
                new RelatedLocation(card.At("/environmentalFootprint"), $"the environmental footprint of '{card.Id}'"));
        }
    }
}
