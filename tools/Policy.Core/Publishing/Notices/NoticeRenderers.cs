using System.Text;
using Policy.Core.Html;

namespace Policy.Core.Publishing.Notices;

/// <summary>
/// The notice as an accessible page: the notice's language on <c>html</c>, one <c>h1</c> and an <c>h2</c> per
/// section, lists for facts, no layout that needs the stylesheet, and the shared AA-contrast style.
/// </summary>
public static class NoticeHtmlRenderer
{
    public static string Render(NoticeDocument notice) => HtmlPage.Render(notice.Lang, notice.Title, Body(notice));

    /// <summary>The notice's content (for the site, which wraps it in its own page).</summary>
    public static string Body(NoticeDocument notice)
    {
        var html = new StringBuilder("<main>\n<h1>").Append(HtmlPage.Encode(notice.Title)).Append("</h1>\n");
        if (!notice.Approved)
        {
            html.Append("<p><strong>").Append(HtmlPage.Encode(new NoticeVocabulary(notice.Lang)["notApproved"])).Append("</strong></p>\n");
        }

        foreach (var section in notice.Sections)
        {
            html.Append("<section id=\"").Append(section.Id).Append("\">\n<h2>").Append(HtmlPage.Encode(section.Heading)).Append("</h2>\n");
            html.Append(SafeMarkdown.ToHtml(section.Markdown));
            if (section.Facts.Count > 0)
            {
                html.Append("<ul>\n").AppendJoin(string.Empty, section.Facts.Select(f => $"<li>{HtmlPage.Encode(f)}</li>\n")).Append("</ul>\n");
            }

            html.Append("</section>\n");
        }

        return html.Append("</main>\n").ToString();
    }
}

/// <summary>The notice as Markdown: the notice's Markdown kept, every character HTML reads as a tag turned into an entity.</summary>
public static class NoticeMarkdownRenderer
{
    public static string Render(NoticeDocument notice)
    {
        var md = new StringBuilder("# ").Append(Inline(notice.Title)).Append("\n\n");
        if (!notice.Approved)
        {
            md.Append("**").Append(Inline(new NoticeVocabulary(notice.Lang)["notApproved"])).Append("**\n\n");
        }

        foreach (var section in notice.Sections)
        {
            md.Append("## ").Append(Inline(section.Heading)).Append("\n\n");
            if (section.Markdown is not null)
            {
                md.Append(SafeMarkdown.ToMarkdown(section.Markdown).Trim()).Append("\n\n");
            }

            foreach (var fact in section.Facts)
            {
                md.Append("- ").Append(Inline(fact)).Append('\n');
            }

            if (section.Facts.Count > 0)
            {
                md.Append('\n');
            }
        }

        return md.ToString();
    }

    /// <summary>Plain text in Markdown: HTML characters as entities and Markdown's own marks escaped, so it reads as written.</summary>
    private static string Inline(string text)
    {
        var escaped = new StringBuilder();
        foreach (var c in SafeMarkdown.ToMarkdown(text).Replace('\n', ' '))
        {
            if ("\\`*_[]#|".Contains(c, StringComparison.Ordinal))
            {
                escaped.Append('\\');
            }

            escaped.Append(c);
        }

        return escaped.ToString();
    }
}
