namespace Policy.Core.Model;

/// <summary>
/// The cross-document lookups the repository rules ask once per system or per Dpia, built in one pass
/// so those rules stay linear in the size of the repository (asking each Dpia or notice again for every
/// system made them quadratic). Every list keeps file order, as a scan of the artefacts would.
/// </summary>
public sealed class RepositoryIndex
{
    private readonly Dictionary<Artefact, int> positions = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<string, List<Artefact>> dpiasByCoveredSystem = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<(Artefact Notice, int Index)>> noticeEntriesBySystem = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<Artefact>> noticesBySystem = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<Artefact>> flowsByNamedDpia = new(StringComparer.Ordinal);

    public RepositoryIndex(PolicyRepository repository)
    {
        for (var i = 0; i < repository.Artefacts.Count; i++)
        {
            positions[repository.Artefacts[i]] = i;
        }

        foreach (var dpia in repository.OfKind(ArtefactKinds.Dpia))
        {
            foreach (var system in CoveredSystems(dpia))
            {
                Add(dpiasByCoveredSystem, system, dpia);
            }
        }

        foreach (var notice in repository.OfKind(ArtefactKinds.PatientNotice))
        {
            var listed = new HashSet<string>(StringComparer.Ordinal);
            foreach (var entry in notice.Root.Strings("systems"))
            {
                Add(noticeEntriesBySystem, entry.Value, (notice, entry.Index));
                listed.Add(entry.Value);
            }

            if (notice.System is { } main)
            {
                listed.Add(main);
            }

            foreach (var system in listed)
            {
                Add(noticesBySystem, system, notice);
            }
        }

        foreach (var flow in repository.OfKind(ArtefactKinds.DataFlow))
        {
            if (flow.Root.String("dpia") is { } named)
            {
                Add(flowsByNamedDpia, named, flow);
            }
        }
    }

    /// <summary>The systems a Dpia covers: <c>scope.systems</c> and its envelope <c>system</c>.</summary>
    public static IReadOnlySet<string> CoveredSystems(Artefact dpia)
    {
        var systems = dpia.Root.Strings("scope", "systems").Select(s => s.Value).ToHashSet(StringComparer.Ordinal);
        if (dpia.System is { } main)
        {
            systems.Add(main);
        }

        return systems;
    }

    /// <summary>Dpias whose <c>scope.systems</c> include the system, or whose <c>system</c> is it.</summary>
    public IReadOnlyList<Artefact> DpiasCovering(string systemId) => dpiasByCoveredSystem.GetValueOrDefault(systemId) ?? [];

    /// <summary>Each <c>systems</c> entry of a PatientNotice that names the system, with the entry's index.</summary>
    public IReadOnlyList<(Artefact Notice, int Index)> NoticeEntriesListing(string systemId) => noticeEntriesBySystem.GetValueOrDefault(systemId) ?? [];

    /// <summary>PatientNotices whose <c>systems</c> list the system, or whose <c>system</c> is it.</summary>
    public IReadOnlyList<Artefact> NoticesFor(string systemId) => noticesBySystem.GetValueOrDefault(systemId) ?? [];

    /// <summary>DataFlows whose <c>dpia</c> names this id.</summary>
    public IReadOnlyList<Artefact> FlowsNamingDpia(string dpiaId) => flowsByNamedDpia.GetValueOrDefault(dpiaId) ?? [];

    /// <summary>Puts artefacts gathered from several lookups back in file order, each once.</summary>
    public IEnumerable<Artefact> InFileOrder(IEnumerable<Artefact> artefacts) =>
        artefacts.Distinct().OrderBy(a => positions[a]);

    private static void Add<T>(Dictionary<string, List<T>> index, string key, T value)
    {
        if (!index.TryGetValue(key, out var list))
        {
            list = [];
            index[key] = list;
        }

        list.Add(value);
    }
}
