using System.Text.Json;
using Policy.JsonSchema.Formats;
using Policy.JsonSchema.Keywords;
using Policy.JsonSchema.Loading;
using Policy.JsonSchema.Text;

namespace Policy.JsonSchema.Compilation;

/// <summary>
/// Compiles subschemas into <see cref="SchemaNode"/> trees once. References are resolved here, so
/// validation never looks anything up by name. One compilation at a time (a lock); the results are
/// immutable and shared.
/// </summary>
internal sealed class SchemaCompiler
{
    private readonly SchemaRegistry registry;
    private readonly ReferenceResolver resolver;
    private readonly ValidationOptions options;
    private readonly Dictionary<string, SchemaNode> nodes = new(StringComparer.Ordinal);
    private readonly Dictionary<SchemaResource, HashSet<string>?> vocabularies = new();
    private readonly object gate = new();
    private List<string> added = new();

    public SchemaCompiler(SchemaRegistry registry, ValidationOptions options)
    {
        this.registry = registry;
        this.options = options;
        resolver = new ReferenceResolver(registry);
    }

    public SchemaNode Compile(string uri)
    {
        lock (gate)
        {
            added = new List<string>();
            try
            {
                var location = resolver.Resolve(uri, null, "$ref", uri);
                var root = GetNode(location);
                Optimize();
                return root;
            }
            catch
            {
                // Leave no half-built node behind for the next request.
                foreach (var key in added)
                {
                    if (nodes.Remove(key, out var node))
                    {
                        foreach (var entry in node.Resource.DynamicNodes.Where(e => ReferenceEquals(e.Value, node)).ToList())
                        {
                            node.Resource.DynamicNodes.TryRemove(entry.Key, out _);
                        }
                    }
                }

                throw;
            }
        }
    }

    /// <summary>Once every new node is built: resolve unevaluatedProperties statically where the schema allows.</summary>
    private void Optimize()
    {
        foreach (var key in added)
        {
            var node = nodes[key];
            if (node.SoleReference is not null)
            {
                // Follow the chain of ref-only nodes; a cycle ({"$ref": "#"}) is left alone for the depth guard.
                var seen = new HashSet<SchemaNode> { node };
                var end = node.SoleReference;
                while (end.SoleReference is { } next && seen.Add(end))
                {
                    end = next;
                }

                if (!seen.Contains(end) && end.SoleReference is null)
                {
                    node.ForwardTo(end);
                }
            }

            foreach (var keyword in node.Keywords.OfType<UnevaluatedPropertiesKeyword>())
            {
                if (EvaluatedPropertiesAnalysis.TryMakeStatic(node, keyword) is { } replacement)
                {
                    node.UseStaticUnevaluated(keyword, replacement);
                }
            }
        }
    }

    private SchemaNode GetNode(SchemaLocation location)
    {
        if (nodes.TryGetValue(location.Key, out var existing))
        {
            return existing;
        }

        var node = new SchemaNode(location);
        nodes[location.Key] = node;
        added.Add(location.Key);
        if (location.Resource.DynamicAnchors is { } anchors)
        {
            foreach (var (name, anchorLocation) in anchors)
            {
                if (!location.Resource.DynamicNodes.ContainsKey(name))
                {
                    location.Resource.DynamicNodes[name] = GetNode(anchorLocation);
                }
            }
        }

        Fill(node, location);
        return node;
    }

    private void Fill(SchemaNode node, SchemaLocation location)
    {
        var element = location.Element;
        if (element.ValueKind is JsonValueKind.True or JsonValueKind.False)
        {
            node.SetBoolean(element.ValueKind == JsonValueKind.True);
            node.SetKeywords(new List<Keyword>());
            return;
        }

        if (element.ValueKind != JsonValueKind.Object)
        {
            throw Invalid(location, string.Empty, $"expected a schema (an object or a boolean) but found {Describe.Kind(element.ValueKind)}");
        }

        var vocabulary = VocabulariesOf(location.Resource);
        var builder = new KeywordBuilder(this, location, vocabulary);
        node.SetKeywords(builder.Build());
    }

    internal SchemaNode Child(SchemaLocation parent, JsonElement element, params string[] tokens)
    {
        var suffix = string.Concat(tokens.Select(t => "/" + JsonPointer.Escape(t)));
        var location = registry.FindLocation(parent.Resource.Document.RetrievalUri, parent.DocumentPointer + suffix)
            ?? new SchemaLocation(parent.Resource, element, parent.DocumentPointer + suffix, parent.ResourcePointer + suffix);
        if (element.ValueKind is not (JsonValueKind.Object or JsonValueKind.True or JsonValueKind.False))
        {
            throw Invalid(parent, suffix, $"expected a schema (an object or a boolean) but found {Describe.Kind(element.ValueKind)}");
        }

        return GetNode(location);
    }

    internal SchemaNode Reference(SchemaLocation from, string keyword, string reference)
    {
        var target = UriKeys.Resolve(from.Resource.BaseUri, reference);
        return GetNode(resolver.Resolve(target, from, keyword, reference));
    }

    /// <summary>For $dynamicRef: the static target, and whether it is a $dynamicAnchor (then the dynamic scope decides).</summary>
    internal (SchemaNode Target, string? DynamicAnchor) DynamicReference(SchemaLocation from, string reference)
    {
        var target = UriKeys.Resolve(from.Resource.BaseUri, reference);
        var location = resolver.Resolve(target, from, "$dynamicRef", reference);
        var fragment = UriKeys.Split(target).Fragment;
        string? anchor = null;
        if (!string.IsNullOrEmpty(fragment) && !fragment.StartsWith('/')
            && location.Resource.DynamicAnchors is { } anchors && anchors.TryGetValue(fragment, out var dynamic) && ReferenceEquals(dynamic, location))
        {
            anchor = fragment;
        }

        return (GetNode(location), anchor);
    }

    internal bool AssertFormat(HashSet<string>? vocabulary) =>
        options.AssertFormat || (vocabulary?.Contains(Vocabularies.FormatAssertion) ?? false);

    internal TimeSpan RegexTimeout => options.RegexTimeout;

    internal static SchemaLoadException Invalid(SchemaLocation location, string suffix, string message)
    {
        var pointer = location.DocumentPointer + suffix;
        var file = location.Resource.Document.DisplayName;
        return new SchemaLoadException($"{file}: {(pointer.Length == 0 ? "/" : pointer)}: {message}", file, pointer);
    }

    private HashSet<string>? VocabulariesOf(SchemaResource resource)
    {
        if (vocabularies.TryGetValue(resource, out var known))
        {
            return known;
        }

        HashSet<string>? result;
        if (resource.Element.ValueKind == JsonValueKind.Object && resource.Element.TryGetProperty("$schema", out var dialect) && dialect.ValueKind == JsonValueKind.String)
        {
            var uri = UriKeys.WithoutFragment(dialect.GetString()!);
            if (uri == MetaSchemaCatalog.DialectUri)
            {
                result = null;
            }
            else if (registry.GetDocument(uri) is { } metaSchema)
            {
                result = Vocabularies.Read(metaSchema, uri, resource);
            }
            else
            {
                result = MetaSchemaCatalog.TryGet(uri, out var embedded) ? Vocabularies.Read(embedded, uri, resource) : null;
            }
        }
        else
        {
            result = resource.Parent is null ? null : VocabulariesOf(resource.Parent);
        }

        vocabularies[resource] = result;
        return result;
    }
}
