using System.Collections.Concurrent;
using System.Text.Json;
using Policy.Core.Findings;
using Policy.JsonSchema;

namespace Policy.Core.Loading;

/// <summary>
/// Turns a schema keyword's absolute location (<c>$id#/json/pointer</c>) into a place in the schema
/// file, so a schema finding can point at the rule that failed, with its description.
/// </summary>
public sealed class SchemaSourceMap
{
    private readonly Dictionary<string, string> fileById;
    private readonly ConcurrentDictionary<string, JsonSourceDocument?> documents = new(StringComparer.Ordinal);

    /// <param name="files">The schema files of the set.</param>
    public SchemaSourceMap(IEnumerable<string> files)
        : this(files, new Dictionary<string, JsonSourceDocument>())
    {
    }

    /// <param name="parsed">Schema files already parsed, by full path: they are not read again.</param>
    public SchemaSourceMap(IReadOnlyDictionary<string, JsonSourceDocument> parsed)
        : this(parsed.Keys, parsed)
    {
    }

    private SchemaSourceMap(IEnumerable<string> files, IReadOnlyDictionary<string, JsonSourceDocument> parsed)
    {
        foreach (var (path, document) in parsed)
        {
            documents[Path.GetFullPath(path)] = document;
        }

        fileById = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            var full = Path.GetFullPath(file);
            fileById[new Uri(full).AbsoluteUri] = full;
            if (Load(full)?.Root is { ValueKind: JsonValueKind.Object } root
                && root.TryGetProperty("$id", out var id) && id.ValueKind == JsonValueKind.String
                && Uri.TryCreate(id.GetString(), UriKind.Absolute, out var uri))
            {
                fileById[new UriBuilder(uri) { Fragment = string.Empty }.Uri.AbsoluteUri] = full;
            }
        }
    }

    /// <summary>The file and position of the keyword, or null when the location is not in a known file.</summary>
    public (string File, SourcePosition Position)? Locate(string absoluteKeywordLocation)
    {
        var hash = absoluteKeywordLocation.IndexOf('#', StringComparison.Ordinal);
        var resource = hash < 0 ? absoluteKeywordLocation : absoluteKeywordLocation[..hash];
        var fragment = hash < 0 ? string.Empty : Uri.UnescapeDataString(absoluteKeywordLocation[(hash + 1)..]);
        if (!fileById.TryGetValue(resource, out var file) || Load(file) is not { } document)
        {
            return null;
        }

        // Plain-name fragments ($anchor) are not pointers: the top of the file is the best place then.
        return (file, fragment.StartsWith('/') ? document.GetPropertyNamePosition(fragment) : SourcePosition.Start);
    }

    private JsonSourceDocument? Load(string file) => documents.GetOrAdd(file, static path =>
    {
        try
        {
            return JsonSourceDocument.Parse(File.ReadAllBytes(path));
        }
        catch (Exception error) when (error is JsonSourceException or IOException or UnauthorizedAccessException)
        {
            return null;
        }
    });
}
