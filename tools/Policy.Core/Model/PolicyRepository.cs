namespace Policy.Core.Model;

/// <summary>
/// Every artefact that loaded, indexed for the repository rules. Duplicate ids keep the first in
/// file order (XR-REF-01 reports the others).
/// </summary>
public sealed class PolicyRepository
{
    private readonly Dictionary<string, Artefact> byId;
    private readonly ILookup<string, Artefact> byKind;
    private readonly ILookup<string, Artefact> bySystem;
    private readonly Lazy<RepositoryIndex> index;
    private readonly ThreadLocal<Artefact?> lastHandedOut = new();

    public PolicyRepository(IEnumerable<Artefact> artefacts, Taxonomy taxonomy)
    {
        var ordered = artefacts.OrderBy(a => a.File, StringComparer.Ordinal).ToList();
        Artefacts = new HandedOut(ordered, this);
        Taxonomy = taxonomy;
        byId = new Dictionary<string, Artefact>(StringComparer.Ordinal);
        foreach (var artefact in ordered.Where(a => a.Id.Length > 0))
        {
            byId.TryAdd(artefact.Id, artefact);
        }

        byKind = ordered.ToLookup(a => a.Kind, StringComparer.Ordinal);
        bySystem = ordered.Where(a => a.SystemId is not null).ToLookup(a => a.SystemId!, StringComparer.Ordinal);
        index = new Lazy<RepositoryIndex>(() => new RepositoryIndex(this), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>All artefacts, in file order.</summary>
    public IReadOnlyList<Artefact> Artefacts { get; }

    public Taxonomy Taxonomy { get; }

    /// <summary>Dpias, notices and flows by the system or Dpia they name, built once on first use.</summary>
    public RepositoryIndex Index => index.Value;

    /// <summary>The organisation's Governance artefact, if there is exactly one to go by (the first in file order).</summary>
    public Artefact? Governance => byKind[ArtefactKinds.Governance].FirstOrDefault();

    public Artefact? Find(string id) => byId.GetValueOrDefault(id);

    /// <summary>The artefact with this id if it is of this kind.</summary>
    public Artefact? Find(string id, string kind) => byId.TryGetValue(id, out var found) && found.Kind == kind ? found : null;

    /// <summary>
    /// The artefact this thread was last handed by an enumeration of <see cref="Artefacts"/>,
    /// <see cref="OfKind"/> or <see cref="ForSystem"/>: the one a rule was checking when it failed, so
    /// its failure is reported on that file.
    /// </summary>
    public Artefact? LastHandedOut => lastHandedOut.Value;

    /// <summary>Forgets <see cref="LastHandedOut"/> on this thread, before the next rule runs.</summary>
    public void ForgetHandedOut() => lastHandedOut.Value = null;

    public IEnumerable<Artefact> OfKind(string kind) => HandOut(byKind[kind]);

    /// <summary>Artefacts whose <c>system</c> is this id, and the SystemCard itself.</summary>
    public IEnumerable<Artefact> ForSystem(string systemId) => HandOut(bySystem[systemId]);

    private IEnumerable<Artefact> HandOut(IEnumerable<Artefact> artefacts)
    {
        foreach (var artefact in artefacts)
        {
            lastHandedOut.Value = artefact;
            yield return artefact;
        }
    }

    /// <summary>The artefacts in file order, noting each one as it is enumerated.</summary>
    private sealed class HandedOut(List<Artefact> artefacts, PolicyRepository repository) : IReadOnlyList<Artefact>
    {
        public int Count => artefacts.Count;

        public Artefact this[int index] => artefacts[index];

        public IEnumerator<Artefact> GetEnumerator() => repository.HandOut(artefacts).GetEnumerator();

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
