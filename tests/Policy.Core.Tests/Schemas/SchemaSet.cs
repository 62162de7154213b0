using System.Text.Json.Nodes;

namespace Policy.Core.Tests.Schemas;

/// <summary>The repository's schemas/ folder, parsed once, for tests that check the schemas keep their contract.</summary>
internal static class SchemaSet
{
    public const string IdBase = "https://policy-as-code.example/schemas/";

    public static string Folder { get; } = Path.Combine(TestPaths.RepositoryRoot, "schemas");

    /// <summary>Every *.schema.json, keyed by its path inside schemas/ with forward slashes.</summary>
    public static IReadOnlyDictionary<string, JsonObject> All { get; } = Load();

    /// <summary>The per-kind schemas: those at the top of schemas/ (shared definitions live in defs/).</summary>
    public static IEnumerable<KeyValuePair<string, JsonObject>> KindSchemas => All.Where(s => !s.Key.Contains('/', StringComparison.Ordinal));

    public static JsonObject Taxonomy { get; } = Parse(Path.Combine(Folder, "taxonomy.json"));

    public static JsonObject Parse(string path) =>
        JsonNode.Parse(File.ReadAllText(path))?.AsObject() ?? throw new InvalidDataException(path + " is empty");

    public static IReadOnlyList<string> Strings(JsonNode? array) =>
        array?.AsArray().Select(n => n!.GetValue<string>()).ToList() ?? throw new InvalidDataException("array expected");

    private static Dictionary<string, JsonObject> Load() =>
        Directory.EnumerateFiles(Folder, "*.schema.json", SearchOption.AllDirectories)
            .ToDictionary(p => Path.GetRelativePath(Folder, p).Replace('\\', '/'), Parse, StringComparer.Ordinal);
}
