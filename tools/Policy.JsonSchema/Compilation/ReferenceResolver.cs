using System.Text.Json;
using Policy.JsonSchema.Loading;

namespace Policy.JsonSchema.Compilation;

/// <summary>Turns a reference into a subschema of the set: by resource URI, then JSON pointer or anchor. Never fetches.</summary>
internal sealed class ReferenceResolver(SchemaRegistry registry)
{
    /// <param name="target">Absolute URI, possibly with a fragment.</param>
    /// <param name="from">Where the reference is written, for messages; null for a top-level compile request.</param>
    public SchemaLocation Resolve(string target, SchemaLocation? from, string keyword, string written)
    {
        var (resourceUri, fragment) = UriKeys.Split(target);
        if (!registry.TryGetResource(resourceUri, out var resource))
        {
            if (!MetaSchemaCatalog.TryGet(resourceUri, out var metaSchema))
            {
                throw Fail(from, keyword, written, target, $"no schema in the set has the URI {resourceUri}; references resolve only inside the schema folder and the embedded 2020-12 meta-schemas (nothing is fetched)");
            }

            registry.Add(resourceUri, metaSchema, null);
            registry.TryGetResource(resourceUri, out resource);
        }

        if (string.IsNullOrEmpty(fragment))
        {
            return registry.FindLocation(resource.Document.RetrievalUri, resource.DocumentPointer)!;
        }

        if (fragment.StartsWith('/'))
        {
            var pointer = Uri.UnescapeDataString(fragment);
            var documentPointer = resource.DocumentPointer + pointer;
            var known = registry.FindLocation(resource.Document.RetrievalUri, documentPointer);
            if (known is not null)
            {
                return known;
            }

            var element = Navigate(resource.Element, pointer)
                ?? throw Fail(from, keyword, written, target, $"the pointer {pointer} points to nothing in {resource.BaseUri}");
            return new SchemaLocation(resource, element, documentPointer, pointer);
        }

        var anchor = Uri.UnescapeDataString(fragment);
        if (resource.Anchors.TryGetValue(anchor, out var anchored))
        {
            return anchored;
        }

        throw Fail(from, keyword, written, target, $"{resource.BaseUri} has no $anchor or $dynamicAnchor named \"{anchor}\"");
    }

    private static JsonElement? Navigate(JsonElement element, string pointer)
    {
        IReadOnlyList<string> tokens;
        try
        {
            tokens = JsonPointer.Parse(pointer);
        }
        catch (FormatException)
        {
            return null;
        }

        foreach (var token in tokens)
        {
            if (element.ValueKind == JsonValueKind.Object && element.TryGetProperty(token, out var child))
            {
                element = child;
            }
            else if (element.ValueKind == JsonValueKind.Array && int.TryParse(token, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var index) && index < element.GetArrayLength())
            {
                element = element[index];
            }
            else
            {
                return null;
            }
        }

        return element;
    }

    private static SchemaLoadException Fail(SchemaLocation? from, string keyword, string written, string target, string why)
    {
        if (from is null)
        {
            return new SchemaLoadException($"cannot resolve {target}: {why}");
        }

        var file = from.Resource.Document.DisplayName;
        var pointer = from.DocumentPointer + "/" + JsonPointer.Escape(keyword);
        return new SchemaLoadException($"{file}: {keyword} \"{written}\" at {(pointer.Length == 0 ? "/" : pointer)} cannot be resolved: {why}", file, pointer);
    }
}
