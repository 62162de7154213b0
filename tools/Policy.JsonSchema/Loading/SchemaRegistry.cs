using System.Collections.Concurrent;
using System.Text.Json;

namespace Policy.JsonSchema.Loading;

/// <summary>
/// Every registered document, its resources ($id) and anchors, and every subschema by document pointer.
/// References resolve here and nowhere else: there is no network and no file access.
/// </summary>
internal sealed class SchemaRegistry
{
    private readonly ConcurrentDictionary<string, SchemaResource> resources = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, SchemaLocation> locations = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, SchemaDocument> documents = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string> topLevelIds = new(StringComparer.Ordinal);
    private readonly object gate = new();

    public IReadOnlyCollection<string> TopLevelIds => topLevelIds.Keys.ToArray();

    public JsonElement? GetDocument(string uri)
    {
        var key = UriKeys.WithoutFragment(uri);
        if (documents.TryGetValue(key, out var document))
        {
            return document.Root;
        }

        return resources.TryGetValue(key, out var resource) && resource.DocumentPointer.Length == 0 ? resource.Element : null;
    }

    public void Add(string retrievalUri, JsonElement root, string? file)
    {
        lock (gate)
        {
            retrievalUri = UriKeys.WithoutFragment(retrievalUri);
            var document = new SchemaDocument(retrievalUri, root, file);
            if (root.ValueKind is not (JsonValueKind.Object or JsonValueKind.True or JsonValueKind.False))
            {
                throw new SchemaLoadException(
                    $"{document.DisplayName} is not a JSON Schema: a schema is an object or a boolean, not {Text.Describe.Kind(root.ValueKind)}",
                    file,
                    string.Empty);
            }

            var walk = new List<(string Uri, SchemaResource Resource)>();
            var root0 = Walk(document, root, retrievalUri, null, string.Empty, string.Empty, walk);
            foreach (var (uri, resource) in walk)
            {
                if (resources.TryGetValue(uri, out var existing) && existing.Document.RetrievalUri != retrievalUri)
                {
                    throw new SchemaLoadException(
                        $"two schemas declare the same $id \"{uri}\": {existing.Document.DisplayName} and {document.DisplayName}",
                        file,
                        resource.DocumentPointer);
                }
            }

            foreach (var (uri, resource) in walk)
            {
                resources[uri] = resource;
            }

            resources.TryAdd(retrievalUri, root0);
            documents[retrievalUri] = document;
            documents.TryAdd(root0.BaseUri, document);
            topLevelIds[root0.BaseUri] = root0.BaseUri;
        }
    }

    public bool TryGetResource(string uri, out SchemaResource resource) => resources.TryGetValue(uri, out resource!);

    public SchemaLocation? FindLocation(string documentUri, string documentPointer) =>
        locations.TryGetValue(documentUri + "#" + documentPointer, out var location) ? location : null;

    private SchemaResource Walk(
        SchemaDocument document,
        JsonElement element,
        string baseUri,
        SchemaResource? resource,
        string documentPointer,
        string resourcePointer,
        List<(string Uri, SchemaResource Resource)> found)
    {
        if (element.ValueKind == JsonValueKind.Object && element.TryGetProperty("$id", out var id) && id.ValueKind == JsonValueKind.String)
        {
            var declared = UriKeys.WithoutFragment(UriKeys.Resolve(baseUri, id.GetString()!));
            resource = new SchemaResource(declared, document, documentPointer, element, resource);
            baseUri = declared;
            resourcePointer = string.Empty;
            found.Add((declared, resource));
        }
        else if (resource is null)
        {
            resource = new SchemaResource(baseUri, document, documentPointer, element, null);
            found.Add((baseUri, resource));
        }

        var location = new SchemaLocation(resource, element, documentPointer, resourcePointer);
        locations[location.Key] = location;
        if (element.ValueKind != JsonValueKind.Object)
        {
            return resource;
        }

        RegisterAnchors(element, resource, location);
        foreach (var member in element.EnumerateObject())
        {
            var token = "/" + JsonPointer.Escape(member.Name);
            if (SubschemaKeywords.Single.Contains(member.Name))
            {
                WalkChild(member.Value, documentPointer + token, resourcePointer + token);
            }
            else if (SubschemaKeywords.Array.Contains(member.Name) && member.Value.ValueKind == JsonValueKind.Array)
            {
                var index = 0;
                foreach (var item in member.Value.EnumerateArray())
                {
                    var itemToken = token + "/" + index++.ToString(System.Globalization.CultureInfo.InvariantCulture);
                    WalkChild(item, documentPointer + itemToken, resourcePointer + itemToken);
                }
            }
            else if (SubschemaKeywords.Map.Contains(member.Name) && member.Value.ValueKind == JsonValueKind.Object)
            {
                foreach (var entry in member.Value.EnumerateObject())
                {
                    var entryToken = token + "/" + JsonPointer.Escape(entry.Name);
                    WalkChild(entry.Value, documentPointer + entryToken, resourcePointer + entryToken);
                }
            }
        }

        return resource;

        void WalkChild(JsonElement child, string childDocumentPointer, string childResourcePointer)
        {
            if (child.ValueKind is JsonValueKind.Object or JsonValueKind.True or JsonValueKind.False)
            {
                Walk(document, child, baseUri, resource, childDocumentPointer, childResourcePointer, found);
            }
        }
    }

    private static void RegisterAnchors(JsonElement element, SchemaResource resource, SchemaLocation location)
    {
        if (element.TryGetProperty("$anchor", out var anchor) && anchor.ValueKind == JsonValueKind.String)
        {
            resource.Anchors[anchor.GetString()!] = location;
        }

        if (element.TryGetProperty("$dynamicAnchor", out var dynamicAnchor) && dynamicAnchor.ValueKind == JsonValueKind.String)
        {
            var name = dynamicAnchor.GetString()!;
            resource.Anchors.TryAdd(name, location);
            (resource.DynamicAnchors ??= new Dictionary<string, SchemaLocation>(StringComparer.Ordinal))[name] = location;
        }
    }
}
