namespace Policy.JsonSchema.Loading;

/// <summary>URI handling for references: resolution against a base, and splitting off the fragment.</summary>
internal static class UriKeys
{
    /// <summary>Resolves a reference against an absolute base (without fragment); returns the full target.</summary>
    public static string Resolve(string baseUri, string reference)
    {
        if (reference.StartsWith('#'))
        {
            return baseUri + reference; // works for non-hierarchical bases (urn:) too
        }

        if (Uri.TryCreate(reference, UriKind.Absolute, out var absolute) && !IsImplicitFile(reference))
        {
            return Normalize(absolute);
        }

        if (Uri.TryCreate(baseUri, UriKind.Absolute, out var baseValue) && Uri.TryCreate(baseValue, reference, out var resolved))
        {
            return Normalize(resolved);
        }

        return reference;
    }

    public static (string Resource, string? Fragment) Split(string uri)
    {
        var hash = uri.IndexOf('#');
        return hash < 0 ? (uri, null) : (uri[..hash], uri[(hash + 1)..]);
    }

    public static string WithoutFragment(string uri) => Split(uri).Resource;

    public static string Normalize(Uri uri) => uri.AbsoluteUri;

    /// <summary>.NET treats "/x" and "c:\x" as absolute file paths; a JSON Schema reference like "/x" is relative.</summary>
    private static bool IsImplicitFile(string reference) => reference.StartsWith('/') || reference.StartsWith('\\');
}
