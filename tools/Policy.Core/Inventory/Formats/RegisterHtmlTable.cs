using System.Text;
using Policy.Core.Html;
using Policy.Core.Model;
using Policy.Core.Publishing;

namespace Policy.Core.Inventory.Formats;

/// <summary>
/// The register as an HTML table, one row per system. Each row carries what the site's filters read (risk,
/// stage, criticality, worst approval state) as data attributes; each artefact column shows its approval state in words.
/// </summary>
public static class RegisterHtmlTable
{
    /// <param name="systemLink">The page of a system, if the table links to one.</param>
    /// <param name="columns">The columns shown, in order (default: all); the first should be the id.</param>
    public static string Render(IReadOnlyList<RegisterRow> rows, Func<string, string>? systemLink = null, IReadOnlyList<string>? columns = null)
    {
        columns ??= RegisterColumns.All;
        var html = new StringBuilder("<table id=\"register\">\n<caption>Register of AI systems</caption>\n<thead><tr>");
        for (var i = 0; i < columns.Count; i++)
        {
            html.Append("<th scope=\"col\"><button type=\"button\" data-sort=\"").Append(i).Append("\">")
                .Append(HtmlPage.Encode(columns[i])).Append("</button></th>");
        }

        html.Append("</tr></thead>\n<tbody>\n");
        foreach (var row in rows)
        {
            html.Append("<tr data-risk=\"").Append(HtmlPage.Encode(row.SystemCard.Root.String("aiAct", "riskClass")))
                .Append("\" data-stage=\"").Append(HtmlPage.Encode(row.SystemCard.Root.String("lifecycleStage")))
                .Append("\" data-criticality=\"").Append(HtmlPage.Encode(row.SystemCard.Root.String("criticalityForCare")))
                .Append("\" data-approval=\"").Append(WorstState(row).Name()).Append("\">");
            foreach (var cell in columns.Select(c => row.Cells.First(x => x.Column == c)))
            {
                html.Append(cell.Column == RegisterColumns.Id ? "<th scope=\"row\">" : "<td>");
                html.Append(cell.Column == RegisterColumns.Id && systemLink is not null
                    ? $"<a href=\"{HtmlPage.Encode(systemLink(row.SystemId))}\">{HtmlPage.Encode(cell.Value)}</a>"
                    : HtmlPage.Encode(cell.Value));
                if (cell.State is { } state)
                {
                    html.Append(' ').Append(Badge(state));
                }

                html.Append(cell.Column == RegisterColumns.Id ? "</th>" : "</td>");
            }

            html.Append("</tr>\n");
        }

        return html.Append("</tbody>\n</table>\n").ToString();
    }

    /// <summary>The approval state in words, coloured; the word alone carries the meaning.</summary>
    public static string Badge(ApprovalState state) => $"<span class=\"state state-{state.Name()}\">[{state.Name()}]</span>";

    /// <summary>The worst approval state among the row's artefact columns: what the approval filter reads.</summary>
    public static ApprovalState WorstState(RegisterRow row) =>
        row.Cells.Select(c => c.State).OfType<ApprovalState>().DefaultIfEmpty(ApprovalState.Approved).Max();
}
