using System.Collections.Concurrent;
using System.Text.Json;
using Policy.JsonSchema.Compilation;
using Policy.JsonSchema.Loading;

namespace Policy.JsonSchema;

/// <summary>
/// A set of schemas; $ref resolves only inside it (and the embedded 2020-12 meta-schemas): no network,
/// no file outside the directory it was loaded from.
/// </summary>
public sealed class SchemaSet
{
    private readonly SchemaRegistry registry = new();
    private readonly ConcurrentDictionary<string, Lazy<Schema>> compiled = new(StringComparer.Ordinal);
    private readonly Lazy<SchemaCompiler> compiler;

    public SchemaSet()
    {
        compiler = new Lazy<SchemaCompiler>(() => new SchemaCompiler(registry, Options), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    public ValidationOptions Options { get; init; } = ValidationOptions.Default;

    /// <summary>The $id (or retrieval URI) of every top-level document.</summary>
    public IReadOnlyCollection<Uri> Ids => registry.TopLevelIds.Select(id => new Uri(id)).ToArray();

    /// <summary>Loads every *.json under the directory (recursively), registered by $id and by file:// URI.</summary>
    public static SchemaSet FromDirectory(string directory) => FromDirectory(directory, ValidationOptions.Default);

    public static SchemaSet FromDirectory(string directory, ValidationOptions options)
    {
        var root = Path.GetFullPath(directory);
        if (!Directory.Exists(root))
        {
            throw new SchemaLoadException($"schema folder {directory} does not exist", directory);
        }

        var set = new SchemaSet { Options = options };
        foreach (var file in Directory.EnumerateFiles(root, "*.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            set.AddFile(file);
        }

        return set;
    }

    /// <summary>Registers one schema file (strictly parsed) under its file:// URI and its $id.</summary>
    public void AddFile(string path)
    {
        var full = Path.GetFullPath(path);
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(full);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            throw new SchemaLoadException($"{full}: cannot read the schema file ({error.Message})", full);
        }

        try
        {
            using var document = JsonSourceDocument.Parse(bytes);
            AddDocument(full, document);
        }
        catch (JsonSourceException error)
        {
            throw new SchemaLoadException($"{full}:{error.Position}: the schema is not valid JSON: {error.Message}", full) { Position = error.Position };
        }
    }

    /// <summary>Registers a schema file the caller has already parsed strictly (its root is cloned), so no file is read twice.</summary>
    public void AddDocument(string path, JsonSourceDocument document)
    {
        var full = Path.GetFullPath(path);
        registry.Add(new Uri(full).AbsoluteUri, document.Root.Clone(), full);
    }

    /// <summary>Registers one more document (the element is cloned).</summary>
    public void Add(Uri retrievalUri, JsonElement schema) => registry.Add(retrievalUri.AbsoluteUri, schema.Clone(), null);

    /// <summary>The raw document registered under that URI (its $id or retrieval URI), or null.</summary>
    public JsonElement? GetDocument(Uri uri) => registry.GetDocument(uri.AbsoluteUri);

    /// <summary>Compiles (once, cached, thread-safe) the schema at that URI; a fragment selects a subschema.</summary>
    public Schema Compile(Uri uri)
    {
        var key = uri.AbsoluteUri;
        var lazy = compiled.GetOrAdd(key, k => new Lazy<Schema>(() => new Schema(uri, compiler.Value.Compile(k)), LazyThreadSafetyMode.ExecutionAndPublication));
        try
        {
            return lazy.Value;
        }
        catch (SchemaLoadException)
        {
            compiled.TryRemove(new KeyValuePair<string, Lazy<Schema>>(key, lazy));
            throw;
        }
    }
}
