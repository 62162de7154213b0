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

    private SchemaCatalog(string directory, Dictionary<string, KindSchema> byKind, Taxonomy taxonomy, SchemaSourceMap sources, KindSchema? onlySchema = null)
    {
        Directory = directory;
        OnlySchema = onlySchema;
        Sources = sources;
        this.byKind = byKind;
        Taxonomy = taxonomy;
    }

    public sealed record KindSchema(string Kind, Schema Schema, Uri Id, string File);

    public string Directory { get; }

    public Taxonomy Taxonomy { get; }

    /// <summary>Where each schema keyword is, for pointing schema findings at the rule that failed.</summary>
    public SchemaSourceMap Sources { get; }

    public IReadOnlyCollection<string> Kinds => byKind.Keys;

    /// <summary>
    /// For `validate --schema S`: the one schema every file is validated against, kinds unread; null when
    /// files are validated by their kind.
    /// </summary>
    public KindSchema? OnlySchema { get; }

    /// <summary>Loads and compiles every kind schema under <paramref name="directory"/>; throws <see cref="SchemaLoadException"/> when the set is broken.</summary>
    public static SchemaCatalog Load(string directory)
    {
        if (!System.IO.Directory.Exists(directory))
        {
            throw new SchemaLoadException($"schema folder '{directory}' does not exist");
        }

        // Each file is read and strictly parsed once; the schema set, the source map and the taxonomy share that parse.
        var parsed = new Dictionary<string, JsonSourceDocument>(StringComparer.Ordinal);
        var set = new SchemaSet();
        foreach (var file in System.IO.Directory.EnumerateFiles(directory, "*.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var full = Path.GetFullPath(file);
            var document = Parse(full);
            parsed[full] = document;
            set.AddDocument(full, document);
        }

        var byKind = new Dictionary<string, KindSchema>(StringComparer.Ordinal);
        foreach (var file in System.IO.Directory.EnumerateFiles(directory, "*.schema.json", SearchOption.TopDirectoryOnly).Order(StringComparer.Ordinal))
        {
            var full = Path.GetFullPath(file);
            var document = parsed[full].Root;
            if (document.ValueKind == JsonValueKind.Object && document.String("properties", "kind", "const") is { } kind)
            {
                byKind.TryAdd(kind, Compile(set, kind, full, document));
            }
        }

        var taxonomyFile = Path.GetFullPath(Path.Combine(directory, "taxonomy.json"));
        var taxonomy = parsed.TryGetValue(taxonomyFile, out var taxonomyDocument) ? Taxonomy.FromJson(taxonomyDocument.Root) : Taxonomy.Empty;
        return new SchemaCatalog(Path.GetFullPath(directory), byKind, taxonomy, new SchemaSourceMap(parsed));
    }

    /// <summary>
    /// For `validate --schema S`: S, read strictly, and the schemas it may reference beside it (the files
    /// under its folder with a <c>$schema</c> or <c>$id</c>). A file there that is not strict JSON is no
    /// schema, and is left out: a reference to it is reported as unresolved. Throws <see cref="SchemaLoadException"/>.
    /// </summary>
    public static SchemaCatalog ForSchemaFile(string schemaFile)
    {
        var main = Path.GetFullPath(schemaFile);
        var directory = Path.GetDirectoryName(main)!;
        var parsed = new Dictionary<string, JsonSourceDocument>(StringComparer.Ordinal) { [main] = Parse(main) };
        var set = new SchemaSet();
        set.AddDocument(main, parsed[main]);
        foreach (var file in System.IO.Directory.EnumerateFiles(directory, "*.json", SearchOption.AllDirectories).Select(Path.GetFullPath).Where(f => f != main).Order(StringComparer.Ordinal))
        {
            if (TryParse(file) is { } sibling && sibling.Root.ValueKind == JsonValueKind.Object
                && (sibling.Root.TryGetProperty("$schema", out _) || sibling.Root.TryGetProperty("$id", out _)))
            {
                parsed[file] = sibling;
                set.AddDocument(file, sibling);
            }
        }

        var only = Compile(set, string.Empty, main, parsed[main].Root);
        return new SchemaCatalog(directory, [], Taxonomy.Empty, new SchemaSourceMap(parsed), only);
    }

    /// <summary>A schema by its <c>$id</c> (resolved against its file), or by its file when it has none.</summary>
    private static KindSchema Compile(SchemaSet set, string kind, string file, JsonElement document)
    {
        var fileUri = new Uri(file);
        var id = document.ValueKind == JsonValueKind.Object && document.String("$id") is { } declared && Uri.TryCreate(fileUri, declared, out var resolved) ? resolved : fileUri;
        return new KindSchema(kind, set.Compile(id), id, file);
    }

    private static JsonSourceDocument? TryParse(string file)
    {
        try
        {
            return Parse(file);
        }
        catch (SchemaLoadException)
        {
            return null;
        }
    }

    private static JsonSourceDocument Parse(string file)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(file);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            throw new SchemaLoadException($"{file}: cannot read the schema file ({error.Message})", file);
        }

        try
        {
            return JsonSourceDocument.Parse(bytes);
        }
        catch (JsonSourceException error)
        {
            throw new SchemaLoadException($"{file}:{error.Position}: the schema is not valid JSON: {error.Message}", file) { Position = error.Position };
        }
    }

    public KindSchema? ForKind(string kind) => byKind.GetValueOrDefault(kind);
}
