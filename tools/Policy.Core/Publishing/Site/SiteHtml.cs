using System.Text;
using Policy.Core.Html;
using Policy.Core.Inventory.Formats;
using Policy.Core.Inventory;

namespace Policy.Core.Publishing.Site;

/// <summary>Small HTML pieces the site's pages share: navigation, tables of text, file names.</summary>
public static class SiteHtml
{
    public static string E(string? text) => HtmlPage.Encode(text);

    /// <summary>A file name from an id: the id when it is kebab-case (as the schemas require), else only its safe characters.</summary>
    public static string FileName(string id)
    {
        var safe = new string(id.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' ? c : '_').ToArray()).TrimStart('.');
        return safe.Length == 0 ? "_" : safe;
    }

    public static string SystemPage(string id) => $"systems/{FileName(id)}.html";

    public static string NoticePage(string id, string lang) => $"notices/{FileName(id)}.{FileName(lang)}.html";

    /// <param name="up">"" for a page at the site's root, "../" for one in a folder.</param>
    public static string Nav(string up) =>
        $"<nav aria-label=\"Site\" lang=\"en\"><ul><li><a href=\"{up}index.html\">Register</a></li><li><a href=\"{up}index.html#notices\">Patient notices</a></li><li><a href=\"{up}governance.html\">Governance</a></li></ul></nav>\n";

    /// <summary>A table of text cells; cells are encoded here, except those marked as HTML already built.</summary>
    public static string Table(string caption, IReadOnlyList<string> headings, IEnumerable<IReadOnlyList<Cell>> rows)
    {
        var html = new StringBuilder("<table>\n<caption>").Append(E(caption)).Append("</caption>\n<thead><tr>");
        foreach (var heading in headings)
        {
            html.Append("<th scope=\"col\">").Append(E(heading)).Append("</th>");
        }

        html.Append("</tr></thead>\n<tbody>\n");
        foreach (var row in rows)
        {
            html.Append("<tr>").AppendJoin(string.Empty, row.Select(c => $"<td>{c.Html}</td>")).Append("</tr>\n");
        }

        return html.Append("</tbody>\n</table>\n").ToString();
    }

    public static string Badge(ApprovalState state) => RegisterHtmlTable.Badge(state);
}

/// <summary>A table cell's content as HTML: from text (encoded) or from HTML the site built.</summary>
public readonly record struct Cell(string Html)
{
    public static implicit operator Cell(string? text) => new(HtmlPage.Encode(text));

    public static Cell Raw(string html) => new(html);
}
