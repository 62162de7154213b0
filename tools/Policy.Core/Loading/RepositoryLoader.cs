using Policy.Core.Model;
using Policy.JsonSchema;

namespace Policy.Core.Loading;

/// <summary>The artefacts of a repository as `policy validate` loads them, for commands that act on the model (approve, release).</summary>
public static class RepositoryLoader
{
    public static PolicyRepository Load(RepositoryLayout layout, SchemaCatalog schemas, IReadOnlyList<string> paths)
    {
        var loader = new ArtefactLoader(layout, schemas, JsonSourceOptions.Default);
        var artefacts = FileDiscovery.Discover(layout, paths).Files.Select(f => loader.Load(f).Artefact).OfType<Artefact>().ToList();
        return new PolicyRepository(artefacts, schemas.Taxonomy);
    }
}
