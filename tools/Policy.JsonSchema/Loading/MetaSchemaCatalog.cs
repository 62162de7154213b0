using System.Text.Json;

namespace Policy.JsonSchema.Loading;

/// <summary>The official 2020-12 meta-schemas, embedded so that schemas referencing them validate offline.</summary>
internal static class MetaSchemaCatalog
{
    private const string Base = "https://json-schema.org/draft/2020-12/";

    public const string DialectUri = Base + "schema";

    private static readonly Lazy<Dictionary<string, JsonElement>> Documents = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    public static bool TryGet(string uri, out JsonElement document) => Documents.Value.TryGetValue(uri, out document);

    private static Dictionary<string, JsonElement> Load()
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["schema"] = Base + "schema",
            ["core"] = Base + "meta/core",
            ["applicator"] = Base + "meta/applicator",
            ["unevaluated"] = Base + "meta/unevaluated",
            ["validation"] = Base + "meta/validation",
            ["meta-data"] = Base + "meta/meta-data",
            ["format-annotation"] = Base + "meta/format-annotation",
            ["format-assertion"] = Base + "meta/format-assertion",
            ["content"] = Base + "meta/content",
        };
        var assembly = typeof(MetaSchemaCatalog).Assembly;
        var result = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (var (name, uri) in names)
        {
            using var stream = assembly.GetManifestResourceStream("MetaSchemas." + name + ".json")
                ?? throw new InvalidOperationException("embedded meta-schema missing: " + name);
            using var document = JsonDocument.Parse(stream);
            result[uri] = document.RootElement.Clone();
        }

        return result;
    }
}
