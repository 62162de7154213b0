using Policy.Core.Findings;
using Policy.Core.Model;
using Policy.JsonSchema;

namespace Policy.Core.Loading;

/// <summary>
/// Loads a repository into the model for the commands that show it or act on it (inventory, notices, site, approve, release): the same
/// discovery and strict loading as `policy validate`, without the rules. Files that give no artefact
/// are listed in <see cref="Loaded.LeftOut"/> so a command can say what it left out.
/// </summary>
public static class RepositoryReader
{
    /// <param name="Findings">What loading found (schema findings included).</param>
    /// <param name="LeftOut">The files that gave no artefact (not JSON, no known kind, unreadable), relative to the root.</param>
    public sealed record Loaded(PolicyRepository Repository, IReadOnlyList<Finding> Findings, IReadOnlyList<string> LeftOut);

    public static Loaded Read(RepositoryLayout layout, IReadOnlyList<string> paths) =>
        Read(layout, SchemaCatalog.Load(layout.SchemasDirectory), paths);

    public static Loaded Read(RepositoryLayout layout, SchemaCatalog schemas, IReadOnlyList<string> paths)
    {
        var discovered = FileDiscovery.Discover(layout, paths);
        var loader = new ArtefactLoader(layout, schemas, JsonSourceOptions.Default);
        var outcomes = discovered.Files.Select(loader.Load).ToList();
        var findings = discovered.Findings.Concat(outcomes.SelectMany(o => o.Findings)).ToList();
        var leftOut = discovered.Findings.Select(f => f.File)
            .Concat(discovered.Files.Where((_, i) => outcomes[i].Artefact is null).Select(layout.Relative))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        return new Loaded(new PolicyRepository(outcomes.Select(o => o.Artefact).OfType<Artefact>(), schemas.Taxonomy), findings, leftOut);
    }
}
