using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Policy.Core.Html;

/// <summary>
/// Markdown fields as HTML or as Markdown that stays text: raw HTML is disabled (a typed tag shows as text), and a
/// link whose address is not web, mail or relative loses its address, so no field can run a script.
/// </summary>
public static class SafeMarkdown
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().DisableHtml().Build();
    private static readonly string[] SafeSchemes = ["http:", "https:", "mailto:"];

    public static string ToHtml(string? markdown)
    {
        var document = Markdown.Parse(markdown ?? string.Empty, Pipeline);
        foreach (var link in document.Descendants<LinkInline>())
        {
            if (!IsSafe(link.Url))
            {
                link.Url = "#";
            }
        }

        var writer = new StringWriter();
        var renderer = new Markdig.Renderers.HtmlRenderer(writer);
        Pipeline.Setup(renderer);
        renderer.Render(document);
        return writer.ToString();
    }

    /// <summary>A Markdown field for a Markdown document: its Markdown kept, HTML's characters as entities so a tag stays text once rendered.</summary>
    public static string ToMarkdown(string? markdown) => (markdown ?? string.Empty)
        .Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal);

    private static bool IsSafe(string? url)
    {
        if (string.IsNullOrEmpty(url))
        {
            return true;
        }

        var colon = url.IndexOf(':', StringComparison.Ordinal);
        var slash = url.IndexOfAny(['/', '?', '#']);
        return colon < 0 || (slash >= 0 && slash < colon) || SafeSchemes.Any(s => url.StartsWith(s, StringComparison.OrdinalIgnoreCase));
    }
}
