namespace Policy.Core.Diff.Formatting;

/// <summary>Writes a diff report in one output format (`policy diff --format NAME`).</summary>
public interface IDiffFormatter
{
    string Name { get; }

    void Write(PolicyDiffReport report, TextWriter writer);
}

/// <summary>The formats `policy diff` writes.</summary>
public static class DiffFormatters
{
    public static IReadOnlyList<string> Names { get; } = ["text", "markdown", "json", "github", "html"];

    /// <param name="fullReport">Where the whole report is, for the note a truncated Markdown report ends with.</param>
    public static IDiffFormatter? Create(string name, string? fullReport = null) => name switch
    {
        "text" => new TextDiffFormatter(),
        "markdown" => new MarkdownDiffFormatter(fullReport: fullReport),
        "json" => new JsonDiffFormatter(),
        "github" => new GitHubDiffFormatter(),
        "html" => new HtmlDiffFormatter(),
        _ => null,
    };
}
