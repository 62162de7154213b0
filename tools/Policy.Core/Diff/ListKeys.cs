using System.Text.Json;
using Policy.JsonSchema;

namespace Policy.Core.Diff;

/// <summary>
/// How the items of each list are matched between the two sides: by their <c>id</c> when the item
/// schema has one, else by the property (or properties) the schema marks with <c>x-diffKey</c> on the
/// array. Read from the schema set once; a list with neither is matched by value.
/// </summary>
public sealed class ListKeys
{
    /// <summary>The keyword a schema uses to name the key of a list's items.</summary>
    public const string Keyword = "x-diffKey";

    private const int MaxDepth = 48;
    private readonly Dictionary<(string Kind, string Path), IReadOnlyList<string>> keys;

    private ListKeys(Dictionary<(string Kind, string Path), IReadOnlyList<string>> keys) => this.keys = keys;

    public static ListKeys None { get; } = new([]);

    /// <summary>The key properties of the list at <paramref name="schemaPath"/> (property names, <c>*</c> for items) of a kind, or null.</summary>
    public IReadOnlyList<string>? For(string kind, string schemaPath) => keys.GetValueOrDefault((kind, schemaPath));

    /// <summary>Reads every kind schema (<c>*.schema.json</c> whose <c>properties.kind.const</c> names a kind) under the folder.</summary>
    public static ListKeys FromSchemas(string directory)
    {
        if (!Directory.Exists(directory))
        {
            return None;
        }

        var files = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        var byId = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(directory, "*.json", SearchOption.AllDirectories))
        {
            try
            {
                var root = JsonDocument.Parse(File.ReadAllBytes(file)).RootElement;
                var full = Path.GetFullPath(file);
                files[full] = root;
                if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty("$id", out var id) && id.ValueKind == JsonValueKind.String)
                {
                    byId[id.GetString()!.Split('#')[0]] = full;
                }
            }
            catch (JsonException)
            {
                // The schema catalog reports a broken schema file; list keys simply skip it.
            }
        }

        var walker = new Walker(files, byId);
        foreach (var (file, root) in files)
        {
            if (root.ValueKind == JsonValueKind.Object
                && root.TryGetProperty("properties", out var properties) && properties.ValueKind == JsonValueKind.Object
                && properties.TryGetProperty("kind", out var kindSchema) && kindSchema.ValueKind == JsonValueKind.Object
                && kindSchema.TryGetProperty("const", out var kind) && kind.ValueKind == JsonValueKind.String)
            {
                walker.Walk(kind.GetString()!, file, root, string.Empty, 0);
            }
        }

        return new ListKeys(walker.Keys);
    }

    private sealed class Walker(Dictionary<string, JsonElement> files, Dictionary<string, string> byId)
    {
        private readonly HashSet<(string Kind, string Target, string Path)> seen = [];

        public Dictionary<(string Kind, string Path), IReadOnlyList<string>> Keys { get; } = [];

        public void Walk(string kind, string file, JsonElement node, string path, int depth)
        {
            if (depth > MaxDepth || node.ValueKind != JsonValueKind.Object)
            {
                return;
            }

            if (node.TryGetProperty("$ref", out var reference) && reference.ValueKind == JsonValueKind.String
                && Resolve(file, reference.GetString()!) is { } target
                && seen.Add((kind, target.Key, path)))
            {
                Walk(kind, target.File, target.Node, path, depth + 1);
            }

            foreach (var combinator in new[] { "allOf", "anyOf", "oneOf" })
            {
                if (node.TryGetProperty(combinator, out var branches) && branches.ValueKind == JsonValueKind.Array)
                {
                    foreach (var branch in branches.EnumerateArray())
                    {
                        Walk(kind, file, branch, path, depth + 1);
                    }
                }
            }

            if (node.TryGetProperty("properties", out var properties) && properties.ValueKind == JsonValueKind.Object)
            {
                foreach (var property in properties.EnumerateObject())
                {
                    Walk(kind, file, property.Value, path + "/" + JsonPointer.Escape(property.Name), depth + 1);
                }
            }

            if (node.TryGetProperty("items", out var items) && items.ValueKind == JsonValueKind.Object)
            {
                if (MarkedKey(node) is { } marked)
                {
                    Keys[(kind, path)] = marked;
                }
                else if (!Keys.ContainsKey((kind, path)) && HasId(file, items, 0))
                {
                    Keys[(kind, path)] = ["id"];
                }

                Walk(kind, file, items, path + "/*", depth + 1);
            }
        }

        private static IReadOnlyList<string>? MarkedKey(JsonElement arraySchema) =>
            !arraySchema.TryGetProperty(Keyword, out var key) ? null
            : key.ValueKind == JsonValueKind.String ? [key.GetString()!]
            : key.ValueKind == JsonValueKind.Array ? key.EnumerateArray().Where(k => k.ValueKind == JsonValueKind.String).Select(k => k.GetString()!).ToList()
            : null;

        private bool HasId(string file, JsonElement items, int depth)
        {
            if (depth > 8 || items.ValueKind != JsonValueKind.Object)
            {
                return false;
            }

            if (items.TryGetProperty("properties", out var properties) && properties.ValueKind == JsonValueKind.Object && properties.TryGetProperty("id", out _))
            {
                return true;
            }

            if (items.TryGetProperty("$ref", out var reference) && reference.ValueKind == JsonValueKind.String
                && Resolve(file, reference.GetString()!) is { } target && HasId(target.File, target.Node, depth + 1))
            {
                return true;
            }

            return items.TryGetProperty("allOf", out var all) && all.ValueKind == JsonValueKind.Array && all.EnumerateArray().Any(b => HasId(file, b, depth + 1));
        }

        private (string File, JsonElement Node, string Key)? Resolve(string file, string reference)
        {
            var hash = reference.IndexOf('#', StringComparison.Ordinal);
            var address = hash < 0 ? reference : reference[..hash];
            var fragment = hash < 0 ? string.Empty : reference[(hash + 1)..];
            string target;
            if (address.Length == 0)
            {
                target = file;
            }
            else if (byId.TryGetValue(address, out var identified))
            {
                target = identified;
            }
            else if (Uri.TryCreate(address, UriKind.Absolute, out var absolute) && absolute.Scheme != Uri.UriSchemeFile)
            {
                // An absolute $id-relative reference: resolve against the document's own $id.
                target = byId.Values.FirstOrDefault(f => Path.GetFileName(f) == Path.GetFileName(absolute.AbsolutePath)) ?? string.Empty;
            }
            else
            {
                target = Path.GetFullPath(address, Path.GetDirectoryName(file)!);
            }

            if (!files.TryGetValue(target, out var node))
            {
                return null;
            }

            foreach (var segment in fragment.Split('/', StringSplitOptions.RemoveEmptyEntries))
            {
                var name = JsonPointer.Unescape(segment);
                if (node.ValueKind == JsonValueKind.Object && node.TryGetProperty(name, out var child))
                {
                    node = child;
                }
                else
                {
                    return null;
                }
            }

            return (target, node, target + "#" + fragment);
        }
    }
}
