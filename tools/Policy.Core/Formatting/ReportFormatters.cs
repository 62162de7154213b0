namespace Policy.Core.Formatting;

/// <summary>The output formats, by `--format` name.</summary>
public static class ReportFormatters
{
    public static IReadOnlyList<string> Names { get; } = ["text", "json", "sarif", "github"];

    /// <param name="tool">Name, version and documentation links, for formats that describe the tool.</param>
    public static IReportFormatter? Create(string name, ToolInfo tool) => name switch
    {
        "text" => new TextFormatter(),
        "json" => new JsonReportFormatter(),
        "sarif" => new SarifFormatter(tool),
        "github" => new GitHubAnnotationsFormatter(),
        _ => null,
    };
}

/// <summary>What reports say about the tool itself.</summary>
/// <param name="DocsBaseUri">Absolute base for rule documentation links (…/docs/rules/), when known.</param>
public sealed record ToolInfo(string Name, string Version, Uri? DocsBaseUri)
{
    public Uri? HelpUri(string ruleId) => DocsBaseUri is null ? null : new Uri(DocsBaseUri, ruleId + ".md");
}
