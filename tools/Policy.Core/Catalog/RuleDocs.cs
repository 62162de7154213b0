namespace Policy.Core.Catalog;

/// <summary>The docs page of each rule (docs/rules/&lt;ID&gt;.md), embedded in the tool.</summary>
public static class RuleDocs
{
    private const string Prefix = "Policy.Core.docs.rules.";

    public static string? Find(string ruleId)
    {
        using var stream = typeof(RuleDocs).Assembly.GetManifestResourceStream(Prefix + ruleId + ".md");
        if (stream is null)
        {
            return null;
        }

        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>Ids that have a page.</summary>
    public static IEnumerable<string> Ids =>
        typeof(RuleDocs).Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(Prefix, StringComparison.Ordinal) && n.EndsWith(".md", StringComparison.Ordinal))
            .Select(n => n[Prefix.Length..^3]);
}
