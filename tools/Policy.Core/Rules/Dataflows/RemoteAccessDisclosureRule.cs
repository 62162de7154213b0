using Policy.Core.Catalog;
using Policy.Core.Findings;
using Policy.Core.Model;

namespace Policy.Core.Rules.Dataflows;

/// <summary>XR-DF-05: a third party handling health data says from which countries its staff can reach the data.</summary>
public sealed class RemoteAccessDisclosureRule : IRepositoryRule
{
    public static RuleDescriptor Descriptor { get; } = new(
        "XR-DF-05", DataFlowFacts.Family, Severity.Warning,
        "A third party handling health data declares destination.remoteAccessCountries (an empty list if there is no remote access).",
        "HDS referential 2024 (disclosure of third-country access)");

    public IReadOnlyList<RuleDescriptor> Descriptors { get; } = [Descriptor];

    public void Check(RuleContext context)
    {
        foreach (var flow in DataFlowFacts.ActiveFlows(context.Repository).Where(f => DataFlowFacts.CarriesHealthData(f) && DataFlowFacts.IsThirdPartyHost(f)))
        {
            if (flow.Root.Path("destination", "remoteAccessCountries") is null)
            {
                var host = flow.Root.String("destination", "operator") ?? "the destination";
                context.Report(
                    Descriptor,
                    flow.At("/destination"),
                    $"this flow does not say from which countries the staff or subcontractors of {host} can access the health data; the HDS referential 2024 requires hosts to disclose any access from outside the EEA, and such access is a transfer (GDPR Chapter V). Ask the host and record destination.remoteAccessCountries (an empty list if there is none).");
            }
        }
    }
}
