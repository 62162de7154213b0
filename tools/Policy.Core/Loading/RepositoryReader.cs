using Policy.Core.Findings;
using Policy.Core.Model;
using Policy.JsonSchema;

namespace Policy.Core.Loading;

/// <summary>
/// Loads a repository into the model for the commands that show it or act on it (inventory, notices, site, approve, release): the same
/// discovery and strict loading as `policy validate`, without the rules. Files that give no artefact (not
/// JSON, not an artefact, unreadable) are counted in <see cref="Loaded.Unreadable"/> so a command can say what it
/// left out; an artefact with schema findings still loads, as in `policy validate`.
/// </summary>
public static class RepositoryReader
{
    public sealed record Loaded(PolicyRepository Repository, IReadOnlyList<Finding> Findings, int Unreadable);

    public static Loaded Read(RepositoryLayout layout, IReadOnlyList<string> paths) =>
        Read(layout, SchemaCatalog.Load(layout.SchemasDirectory), paths);

    public static Loaded Read(RepositoryLayout layout, SchemaCatalog schemas, IReadOnlyList<string> paths)
    {
        var discovered = FileDiscovery.Discover(layout, paths);
        var loader = new ArtefactLoader(layout, schemas, JsonSourceOptions.Default);
        var outcomes = discovered.Files.Select(loader.Load).ToList();
        var findings = discovered.Findings.Concat(outcomes.SelectMany(o => o.Findings)).ToList();
        var unreadable = outcomes.Count(o => o.Artefact is null) + discovered.Findings.Select(f => f.File).Distinct().Count();
        return new Loaded(new PolicyRepository(outcomes.Select(o => o.Artefact).OfType<Artefact>(), schemas.Taxonomy), findings, unreadable);
    }
}
