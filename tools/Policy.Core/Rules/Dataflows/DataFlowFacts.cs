using Policy.Core.Model;
using Policy.Core.Rules.Configuration;

namespace Policy.Core.Rules.Dataflows;

/// <summary>
/// What the data-flow rules read from a DataFlow: whether it is active, what it carries, who hosts it
/// and where. One place, so the hosting and transfer rules agree on what "health data", "third-party
/// host" and "stored outside the EEA" mean (XR-DF-03 and XR-DF-04 rely on the same predicate).
/// </summary>
internal static class DataFlowFacts
{
    public const string Family = "dataflows";

    public const string Hds = "HDS";

    public const string HdsSecNumCloud = "HDS+SecNumCloud";

    public const string SecNumCloud = "SecNumCloud";

    /// <summary>Active unless <c>active</c> is false: an inactive flow is history, and no rule of this family judges it.</summary>
    public static IEnumerable<Artefact> ActiveFlows(PolicyRepository repository) =>
        repository.OfKind(ArtefactKinds.DataFlow).Where(f => f.Root.Bool("active") != false);

    public static IEnumerable<(int Index, string Value)> Categories(Artefact flow) => flow.Root.Strings("dataCategories");

    /// <summary>A <c>health.*</c> key (the taxonomy's health subtree; the schemas' healthDataCategory).</summary>
    public static bool IsHealth(string category) => category.StartsWith("health.", StringComparison.Ordinal);

    public static bool CarriesHealthData(Artefact flow) => Categories(flow).Any(c => IsHealth(c.Value));

    /// <summary>Personal data: any category but <c>anonymous</c> (and its children).</summary>
    public static bool CarriesPersonalData(Artefact flow, Taxonomy taxonomy) =>
        Categories(flow).Any(c => !taxonomy.CategoryCovers("anonymous", c.Value));

    /// <summary>A destination operated by someone else than the organisation, which "hosts" data in the sense of CSP L1111-8.</summary>
    public static bool IsThirdPartyHost(Artefact flow) =>
        flow.Root.String("destination", "type") is "processor" or "third-party-controller";

    public static string? CertificationType(Artefact flow) => flow.Root.String("destination", "hostingCertification", "type");

    /// <summary>The pointers of every storage country outside the EEA, for a third party storing health data (HDS 2024 requirements 28-31).</summary>
    public static IEnumerable<(string Pointer, string Country)> HealthStoredOutsideEea(Artefact flow, RulesConfiguration policies)
    {
        if (!CarriesHealthData(flow) || !IsThirdPartyHost(flow) || flow.Root.Bool("destination", "storesData") != true)
        {
            return [];
        }

        return flow.Root.Strings("destination", "storageCountries")
            .Where(c => !policies.IsEeaCountry(c.Value))
            .Select(c => ($"/destination/storageCountries/{c.Index}", c.Value));
    }

    /// <summary>
    /// Every country the data reaches, with its pointer: the destination country, the storage countries and
    /// the countries remote access is possible from (remote access from a third country is a transfer,
    /// EDPB Guidelines 05/2021).
    /// </summary>
    public static IEnumerable<(string Pointer, string Country)> Countries(Artefact flow)
    {
        if (flow.Root.String("destination", "country") is { } country)
        {
            yield return ("/destination/country", country);
        }

        foreach (var field in new[] { "storageCountries", "remoteAccessCountries" })
        {
            foreach (var (index, value) in flow.Root.Strings("destination", field))
            {
                yield return ($"/destination/{field}/{index}", value);
            }
        }
    }
}
