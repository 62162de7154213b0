using System.Text.Json.Nodes;

namespace Policy.Core.Tests.Schemas;

/// <summary>
/// Finds <c>$ref</c>s that do not resolve inside the schema set: the validator resolves references only
/// inside schemas/ and never over the network, so a reference to anything else is a broken schema.
/// </summary>
internal static class RefChecker
{
    public static IReadOnlyList<string> BrokenRefs(IReadOnlyDictionary<string, JsonObject> schemas)
    {
        var problems = new List<string>();
        foreach (var (path, schema) in schemas)
        {
            foreach (var reference in Refs(schema))
            {
                if (Resolve(schemas, path, reference) is null)
                {
                    problems.Add($"{path}: $ref {reference} does not resolve inside schemas/");
                }
            }
        }

        return problems;
    }

    private static JsonNode? Resolve(IReadOnlyDictionary<string, JsonObject> schemas, string fromPath, string reference)
    {
        var hash = reference.IndexOf('#', StringComparison.Ordinal);
        var file = hash < 0 ? reference : reference[..hash];
        var fragment = hash < 0 ? string.Empty : reference[(hash + 1)..];
        if (file.Contains(':', StringComparison.Ordinal))
        {
            return null; // absolute URIs would mean a fetch; the contract asks for relative references
        }

        var target = file.Length == 0 ? fromPath : Combine(fromPath, file);
        if (target is null || !schemas.TryGetValue(target, out var document))
        {
            return null;
        }

        JsonNode? node = document;
        foreach (var token in fragment.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            var name = token.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal);
            node = node is JsonObject obj && obj.TryGetPropertyValue(name, out var child) ? child
                : node is JsonArray array && int.TryParse(name, out var index) && index < array.Count ? array[index]
                : null;
            if (node is null)
            {
                return null;
            }
        }

        return node;
    }

    /// <summary>Resolves a relative file reference against the referring schema's folder; null if it leaves schemas/.</summary>
    private static string? Combine(string fromPath, string file)
    {
        var parts = fromPath.Split('/').SkipLast(1).ToList();
        foreach (var segment in file.Split('/'))
        {
            if (segment == "..")
            {
                if (parts.Count == 0)
                {
                    return null;
                }

                parts.RemoveAt(parts.Count - 1);
            }
            else if (segment != ".")
            {
                parts.Add(segment);
            }
        }

        return string.Join('/', parts);
    }

    private static IEnumerable<string> Refs(JsonNode? node) => node switch
    {
        JsonObject obj => obj.SelectMany(p => p.Key == "$ref" && p.Value is JsonValue v ? new[] { v.GetValue<string>() } : Refs(p.Value)),
        JsonArray array => array.SelectMany(Refs),
        _ => Enumerable.Empty<string>(),
    };
}
