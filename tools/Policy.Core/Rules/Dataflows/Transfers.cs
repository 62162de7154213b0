using Policy.Core.Model;
using Policy.Core.Rules.Configuration;

namespace Policy.Core.Rules.Dataflows;

/// <summary>
/// One definition of a transfer outside the EEA (GDPR Chapter V), for the rule that asks for its
/// safeguard (XR-DF-04), the rule that tells patients of it (XR-PN-04) and the DataFlow schema's
/// <c>transfer</c> condition: an active flow carrying personal data (anything but <c>anonymous</c>
/// data, GDPR Recital 26) that reaches a country outside the EEA, as the place of processing
/// (<c>destination.country</c>), of storage (<c>storageCountries</c>) or of remote access
/// (<c>remoteAccessCountries</c>; access from a third country is a transfer, EDPB Guidelines 05/2021).
/// </summary>
public static class Transfers
{
    /// <summary>Every third country the flow's personal data reach, with its pointer; empty when the flow is no transfer.</summary>
    public static IReadOnlyList<(string Pointer, string Country)> ThirdCountries(Artefact flow, Taxonomy taxonomy, RulesConfiguration policies) =>
        flow.Root.Bool("active") == false || !DataFlowFacts.CarriesPersonalData(flow, taxonomy)
            ? []
            : DataFlowFacts.Countries(flow).Where(c => !policies.IsEeaCountry(c.Country)).ToList();

    /// <summary>
    /// The third countries for which a Chapter V mechanism is asked: all of them but the storage countries
    /// where a host keeps health data outside the EEA, which HDS forbids whatever the mechanism (XR-DF-03
    /// reports those, and moving the data is the only cure). The schema's condition leaves them out too.
    /// </summary>
    public static IReadOnlyList<(string Pointer, string Country)> NeedingMechanism(Artefact flow, Taxonomy taxonomy, RulesConfiguration policies)
    {
        var forbidden = DataFlowFacts.HealthStoredOutsideEea(flow, policies).Select(s => s.Pointer).ToHashSet(StringComparer.Ordinal);
        return ThirdCountries(flow, taxonomy, policies).Where(c => !forbidden.Contains(c.Pointer)).ToList();
    }
}
