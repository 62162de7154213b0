using Policy.Core.Html;
using Policy.Core.Publishing;

namespace Policy.Core.Inventory.Formats;

/// <summary>The register as one self-contained HTML page (no script; the site adds filters and sorting).</summary>
public sealed class RegisterHtmlWriter : IRegisterWriter
{
    public void Write(IReadOnlyList<RegisterRow> rows, TextWriter writer) =>
        writer.Write(HtmlPage.Render("en", "Register of AI systems", "<main>\n<h1>Register of AI systems</h1>\n" + RegisterHtmlTable.Render(rows) + "</main>\n"));
}
