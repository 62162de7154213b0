using Markdig;

namespace Policy.Core.Diff.Formatting;

/// <summary>
/// The whole report (never truncated) as a standalone HTML page: the Markdown report without raw HTML
/// sections, rendered by Markdig with raw HTML disabled, so nothing an artefact says becomes markup.
/// </summary>
public sealed class HtmlDiffFormatter : IDiffFormatter
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UsePipeTables().DisableHtml().Build();

    public string Name => "html";

    public void Write(PolicyDiffReport report, TextWriter writer)
    {
        var markdown = new MarkdownDiffFormatter(int.MaxValue, collapsible: false).Render(report);
        writer.WriteLine("<!DOCTYPE html>");
        writer.WriteLine("<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Policy diff</title>");
        writer.WriteLine("<style>body{font-family:system-ui,sans-serif;max-width:72rem;margin:2rem auto;padding:0 1rem}table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.25rem .5rem;vertical-align:top}code{word-break:break-all}</style>");
        writer.WriteLine("</head><body>");
        writer.Write(Markdown.ToHtml(markdown, Pipeline));
        writer.WriteLine("</body></html>");
    }
}
