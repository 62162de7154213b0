using Policy.Core.Catalog;
using Policy.Core.Findings;
using Policy.Core.Model;

namespace Policy.Core.Rules.SystemCards;

/// <summary>XR-SC-08: a system with high or vital criticality for care has performance measured outside the developer's own data.</summary>
public sealed class PerformanceEvidenceRule : IRepositoryRule
{
    public static RuleDescriptor Descriptor { get; } = new(
        "XR-SC-08", "systemcard", Severity.Warning,
        "A system whose criticality for care is high or vital has at least one external or local performance measurement.",
        "HTI-1 source attributes #17-#24, #27; CHAI applied model card (key metrics)");

    public IReadOnlyList<RuleDescriptor> Descriptors { get; } = [Descriptor];

    public void Check(RuleContext context)
    {
        foreach (var card in context.Repository.OfKind(ArtefactKinds.SystemCard))
        {
            var criticality = card.Root.String("criticalityForCare");
            if (criticality is not ("high" or "vital"))
            {
                continue;
            }

            if (!card.Root.Items("performanceClaims").Any(c => c.String("testType") is "external" or "local"))
            {
                context.Report(
                    Descriptor,
                    card.At("/performanceClaims"),
                    $"'{card.Id}' has {criticality} criticality for care but its performance claims are all internal (the developer's own held-out data), which says little about performance on other patients (HTI-1 #17-#24, #27). Add a performance claim from an external validation or from the local validation (testType \"external\" or \"local\").",
                    new RelatedLocation(card.At("/criticalityForCare"), $"criticality {criticality}"));
            }
        }
    }
}
