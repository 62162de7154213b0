using Policy.Core.Model;

namespace Policy.Core.Rules.Dpia;

/// <summary>
/// Facts the DPIA and FRIA rules share: which stage counts as deployed, which Dpias cover a system,
/// and which categories are health data. Reads defensively (absent or malformed values are absent).
/// </summary>
public static class DpiaFacts
{
    public static bool IsDeployedOrLater(Artefact card) => LifecycleStages.IsDeployedOrLater(LifecycleStages.StageOf(card));

    /// <summary>The systems a Dpia covers: <c>scope.systems</c> and its envelope <c>system</c>.</summary>
    public static IReadOnlySet<string> CoveredSystems(Artefact dpia) => RepositoryIndex.CoveredSystems(dpia);

    /// <summary>Every Dpia that covers the system, in file order.</summary>
    public static IReadOnlyList<Artefact> CoveringDpias(PolicyRepository repository, string systemId) =>
        repository.Index.DpiasCovering(systemId);

    /// <summary>Where a Dpia names the system: its <c>scope.systems</c> entry, else its <c>system</c>.</summary>
    public static string PointerToSystem(Artefact dpia, string systemId) =>
        dpia.Root.Strings("scope", "systems").Where(s => s.Value == systemId).Select(s => $"/scope/systems/{s.Index}").FirstOrDefault() ?? "/system";

    /// <summary>A <c>health.*</c> key of the shared taxonomy.</summary>
    public static bool IsHealth(string category) => category.StartsWith("health.", StringComparison.Ordinal);

    /// <summary>The card's <c>dataCategoriesProcessed</c> entries that are health data, with their index.</summary>
    public static IReadOnlyList<(int Index, string Value)> HealthCategories(Artefact card) =>
        card.Root.Strings("dataCategoriesProcessed").Where(c => IsHealth(c.Value)).ToList();

    /// <summary>The system cards of a Dpia's covered systems that exist in the repository.</summary>
    public static IEnumerable<Artefact> CoveredCards(PolicyRepository repository, Artefact dpia) =>
        CoveredSystems(dpia).Select(id => repository.Find(id, ArtefactKinds.SystemCard)).OfType<Artefact>();

    /// <summary>
    /// The active DataFlows a Dpia answers for: those that name it in <c>dpia</c>, and those of its
    /// systems that name no Dpia. A flow that names another Dpia (say a research Dpia beside the care
    /// one) is that Dpia's business. Flows marked <c>"active": false</c> carry nothing any more.
    /// </summary>
    public static IEnumerable<Artefact> ActiveFlows(PolicyRepository repository, Artefact dpia)
    {
        var unnamed = CoveredSystems(dpia).SelectMany(system => repository.ForSystem(system))
            .Where(flow => flow.Kind == ArtefactKinds.DataFlow && flow.Root.String("dpia") is null);
        return repository.Index.InFileOrder(repository.Index.FlowsNamingDpia(dpia.Id).Concat(unnamed))
            .Where(flow => flow.Root.Bool("active") != false);
    }
}
