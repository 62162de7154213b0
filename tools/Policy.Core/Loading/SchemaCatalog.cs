using System.Text.Json;
using Policy.Core.Model;
using Policy.JsonSchema;

namespace Policy.Core.Loading;

/// <summary>
/// The schema set of a repository: which schema validates each kind (the schema whose
/// <c>properties.kind.const</c> names it, so a new kind is a new file, not new code), and the shared
/// taxonomy (<c>taxonomy.json</c>). Compiled once; safe to use from several threads.
/// </summary>
public sealed class SchemaCatalog
{
    private readonly Dictionary<string, KindSchema> byKind;

    private SchemaCatalog(string directory, Dictionary<string, KindSchema> byKind, Taxonomy taxonomy)
    {
        Directory = directory;
        Sources = SchemaSourceMap.ForDirectory(directory);
        this.byKind = byKind;
        Taxonomy = taxonomy;
    }

    public sealed record KindSchema(string Kind, Schema Schema, Uri Id, string File);

    public string Directory { get; }

    public Taxonomy Taxonomy { get; }

    /// <summary>Where each schema keyword is, for pointing schema findings at the rule that failed.</summary>
    public SchemaSourceMap Sources { get; }

    public IReadOnlyCollection<string> Kinds => byKind.Keys;

    /// <summary>Loads and compiles every kind schema under <paramref name="directory"/>; throws <see cref="SchemaLoadException"/> when the set is broken.</summary>
    public static SchemaCatalog Load(string directory)
    {
        if (!System.IO.Directory.Exists(directory))
        {
            throw new SchemaLoadException($"schema folder '{directory}' does not exist");
        }

        var set = SchemaSet.FromDirectory(directory);
        var byKind = new Dictionary<string, KindSchema>(StringComparer.Ordinal);
        foreach (var file in System.IO.Directory.EnumerateFiles(directory, "*.schema.json", SearchOption.TopDirectoryOnly).Order(StringComparer.Ordinal))
        {
            var uri = new Uri(Path.GetFullPath(file));
            if (set.GetDocument(uri) is not { } document || document.ValueKind != JsonValueKind.Object)
            {
                continue;
            }

            if (document.String("properties", "kind", "const") is { } kind)
            {
                var id = document.String("$id") is { } declared && Uri.TryCreate(declared, UriKind.Absolute, out var absolute) ? absolute : uri;
                byKind.TryAdd(kind, new KindSchema(kind, set.Compile(id), id, Path.GetFullPath(file)));
            }
        }

        var taxonomyFile = Path.Combine(directory, "taxonomy.json");
        var taxonomy = Taxonomy.Empty;
        if (File.Exists(taxonomyFile))
        {
            try
            {
                using var parsed = JsonDocument.Parse(File.ReadAllBytes(taxonomyFile));
                taxonomy = Taxonomy.FromJson(parsed.RootElement);
            }
            catch (JsonException error)
            {
                throw new SchemaLoadException($"the taxonomy is not valid JSON: {error.Message}", taxonomyFile);
            }
        }

        return new SchemaCatalog(Path.GetFullPath(directory), byKind, taxonomy);
    }

    public KindSchema? ForKind(string kind) => byKind.GetValueOrDefault(kind);
}
