using System.Text;

namespace Policy.Core.Inventory.Formats;

/// <summary>
/// The register as Markdown: an overview table, then one section per system with every column and its approval
/// state. Cell text is escaped so it stays text (no table break, no HTML) wherever the Markdown is rendered.
/// </summary>
public sealed class RegisterMarkdownWriter : IRegisterWriter
{
    private static readonly string[] Overview = [RegisterColumns.Id, RegisterColumns.Name, RegisterColumns.Stage, RegisterColumns.AiAct, RegisterColumns.Criticality, RegisterColumns.Dpia, RegisterColumns.Notice];

    public void Write(IReadOnlyList<RegisterRow> rows, TextWriter writer)
    {
        var md = new StringBuilder("# Register of AI systems\n\n");
        md.Append("| ").Append(string.Join(" | ", Overview)).Append(" |\n|").Append(string.Concat(Overview.Select(_ => "---|"))).Append('\n');
        foreach (var row in rows)
        {
            md.Append("| ").Append(string.Join(" | ", Overview.Select(c => CellText(row.Cells.First(x => x.Column == c))))).Append(" |\n");
        }

        foreach (var row in rows)
        {
            md.Append("\n## ").Append(Escape(row.SystemId)).Append("\n\n| column | value | approval |\n|---|---|---|\n");
            foreach (var cell in row.Cells)
            {
                md.Append("| ").Append(Escape(cell.Column)).Append(" | ").Append(Escape(cell.Value)).Append(" | ")
                    .Append(cell.State?.Name() ?? string.Empty).Append(" |\n");
            }
        }

        writer.Write(md.ToString());
    }

    private static string CellText(RegisterCell cell) => Escape(cell.Value) + (cell.State is { } state ? $" [{state.Name()}]" : string.Empty);

    /// <summary>Keeps a value inside its cell and as text: pipes escaped, HTML's characters as entities, line breaks as spaces.</summary>
    public static string Escape(string text) => text
        .Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal)
        .Replace("|", "\\|", StringComparison.Ordinal).Replace("\r", " ", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);
}
