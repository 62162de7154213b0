using System.Text.Json;

namespace Policy.JsonSchema.Loading;

/// <summary>A schema resource: a document root or a subschema with its own <c>$id</c>; the base for relative references.</summary>
internal sealed class SchemaResource
{
    public SchemaResource(string baseUri, SchemaDocument document, string documentPointer, JsonElement element, SchemaResource? parent)
    {
        BaseUri = baseUri;
        Document = document;
        DocumentPointer = documentPointer;
        Element = element;
        Parent = parent;
    }

    /// <summary>Absolute URI without fragment.</summary>
    public string BaseUri { get; }

    public SchemaDocument Document { get; }

    /// <summary>Where the resource root sits in its document (RFC 6901).</summary>
    public string DocumentPointer { get; }

    public JsonElement Element { get; }

    /// <summary>The enclosing resource, whose dialect an embedded resource without <c>$schema</c> inherits.</summary>
    public SchemaResource? Parent { get; }

    /// <summary>$anchor and $dynamicAnchor names → the subschema that declares them.</summary>
    public Dictionary<string, SchemaLocation> Anchors { get; } = new(StringComparer.Ordinal);

    /// <summary>$dynamicAnchor names → subschema; null when the resource declares none (the common, fast case).</summary>
    public Dictionary<string, SchemaLocation>? DynamicAnchors { get; set; }

    /// <summary>The compiled subschemas of <see cref="DynamicAnchors"/>, what $dynamicRef jumps to at run time.</summary>
    public System.Collections.Concurrent.ConcurrentDictionary<string, Compilation.SchemaNode> DynamicNodes { get; } = new(StringComparer.Ordinal);
}

/// <summary>One registered document: the cloned root, its retrieval URI and the file it came from.</summary>
internal sealed class SchemaDocument(string retrievalUri, JsonElement root, string? file)
{
    public string RetrievalUri { get; } = retrievalUri;

    public JsonElement Root { get; } = root;

    /// <summary>The file path (for messages), or null for documents added from memory.</summary>
    public string? File { get; } = file;

    public string DisplayName => File ?? RetrievalUri;
}

/// <summary>A subschema: its element, the resource it belongs to, and its pointers.</summary>
internal sealed class SchemaLocation(SchemaResource resource, JsonElement element, string documentPointer, string resourcePointer)
{
    public SchemaResource Resource { get; } = resource;

    public JsonElement Element { get; } = element;

    public string DocumentPointer { get; } = documentPointer;

    /// <summary>Pointer from the resource root, used in absolute keyword locations.</summary>
    public string ResourcePointer { get; } = resourcePointer;

    public string Key => Resource.Document.RetrievalUri + "#" + DocumentPointer;

    public string AbsoluteLocation => Resource.BaseUri + "#" + ResourcePointer;
}
