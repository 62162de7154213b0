using Policy.Core.Catalog;
using Policy.Core.Findings;

namespace Policy.Core.Rules.Dataflows;

/// <summary>
/// XR-DF-03: a third party storing health data stores it in the EEA. No transfer mechanism cures this
/// (HDS 2024 requires physical hosting in the EEA), which is why XR-DF-04 does not add its
/// committee-review warning for a flow this rule already reports.
/// </summary>
public sealed class HealthDataStorageCountryRule : IRepositoryRule
{
    public static RuleDescriptor Descriptor { get; } = new(
        "XR-DF-03", DataFlowFacts.Family, Severity.Error,
        "Health data stored by a third party is physically hosted in the EEA: no storageCountries outside it.",
        "HDS referential 2024, requirements 28-31");

    public IReadOnlyList<RuleDescriptor> Descriptors { get; } = [Descriptor];

    public void Check(RuleContext context)
    {
        foreach (var flow in DataFlowFacts.ActiveFlows(context.Repository))
        {
            foreach (var (pointer, country) in DataFlowFacts.HealthStoredOutsideEea(flow, context.Settings.Policies))
            {
                context.Report(
                    Descriptor,
                    flow.At(pointer),
                    $"health data of this flow is stored in {country}, outside the EEA; the HDS referential 2024 (requirements 28-31) requires health data hosted by a certified host to be physically stored in the EEA, whatever the transfer safeguards. Move storage (backups included) to an EEA region and list only EEA countries in destination.storageCountries.");
            }
        }
    }
}
