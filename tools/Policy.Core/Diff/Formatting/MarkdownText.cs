namespace Policy.Core.Diff.Formatting;

/// <summary>
/// Putting repository text into Markdown so it stays text: no raw HTML, no emphasis, links or table
/// breaks from what an artefact says (a value may hold anything).
/// </summary>
internal static class MarkdownText
{
    // Mid-line, only these start emphasis, code, links, strike-through or a table cell; `<`, `>` and
    // `&` become entities. (Text is never put at the start of a line, where `#`, `-` or `1.` would count.)
    private const string Specials = "\\`*_[]|~";

    /// <summary>Plain text: every Markdown special character escaped, line breaks as spaces.</summary>
    public static string Escape(string text)
    {
        var builder = new System.Text.StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            if (c is '\r' or '\n')
            {
                builder.Append(' ');
            }
            else if (c == '<')
            {
                builder.Append("&lt;");
            }
            else if (c == '>')
            {
                builder.Append("&gt;");
            }
            else if (c == '&')
            {
                builder.Append("&amp;");
            }
            else
            {
                if (Specials.Contains(c, StringComparison.Ordinal))
                {
                    builder.Append('\\');
                }

                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    /// <summary>A code span that holds the text literally, safe inside a table cell.</summary>
    public static string Code(string text)
    {
        var flat = text.Replace("\r", " ", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal).Replace("|", "\\|", StringComparison.Ordinal);
        var longest = 0;
        var run = 0;
        foreach (var c in flat)
        {
            run = c == '`' ? run + 1 : 0;
            longest = Math.Max(longest, run);
        }

        var fence = new string('`', longest + 1);
        var pad = flat.StartsWith('`') || flat.EndsWith('`') ? " " : string.Empty;
        return fence + pad + flat + pad + fence;
    }

    /// <summary>Text inside an HTML element GitHub shows (the summary of a collapsible section): entities only.</summary>
    public static string Html(string text) =>
        text.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal)
            .Replace("\r", " ", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);
}
