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

    public PolicyRepository(IEnumerable<Artefact> artefacts, Taxonomy taxonomy)
    {
        Artefacts = artefacts.OrderBy(a => a.File, StringComparer.Ordinal).ToList();
        Taxonomy = taxonomy;
        byId = new Dictionary<string, Artefact>(StringComparer.Ordinal);
        foreach (var artefact in Artefacts.Where(a => a.Id.Length > 0))
        {
            byId.TryAdd(artefact.Id, artefact);
        }

        byKind = Artefacts.ToLookup(a => a.Kind, StringComparer.Ordinal);
        bySystem = Artefacts.Where(a => a.SystemId is not null).ToLookup(a => a.SystemId!, StringComparer.Ordinal);
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

    public IEnumerable<Artefact> OfKind(string kind) => byKind[kind];

    /// <summary>Artefacts whose <c>system</c> is this id, and the SystemCard itself.</summary>
    public IEnumerable<Artefact> ForSystem(string systemId) => bySystem[systemId];
}
