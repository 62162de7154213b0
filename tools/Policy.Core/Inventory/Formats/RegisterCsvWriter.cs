using System.Text;

namespace Policy.Core.Inventory.Formats;

/// <summary>
/// CSV options: RFC 4180 uses a comma; French spreadsheet programs expect a semicolon and a UTF-8 byte-order mark
/// to read accents, so both are offered.
/// </summary>
public sealed record CsvOptions(char Separator = ',', bool ByteOrderMark = false)
{
    public static CsvOptions Rfc4180 { get; } = new();
}

/// <summary>
/// The register as CSV per RFC 4180: a header row, CRLF line ends, fields with the separator, a quote or a line
/// break quoted and their quotes doubled; a cell a spreadsheet would run as a formula starts with an apostrophe.
/// Each column an artefact stands behind is followed by its approval state.
/// </summary>
public sealed class RegisterCsvWriter(CsvOptions options) : IRegisterWriter
{
    public void Write(IReadOnlyList<RegisterRow> rows, TextWriter writer)
    {
        if (options.ByteOrderMark)
        {
            writer.Write('\uFEFF');
        }

        WriteRecord(writer, Headings());
        foreach (var row in rows)
        {
            WriteRecord(writer, row.Cells.SelectMany(Fields));
        }
    }

    public static IEnumerable<string> Headings() =>
        RegisterColumns.All.SelectMany(c => RegisterColumns.WithApproval.Contains(c) ? [c, RegisterColumns.ApprovalHeading(c)] : new[] { c });

    private static IEnumerable<string> Fields(RegisterCell cell) =>
        RegisterColumns.WithApproval.Contains(cell.Column) ? [cell.Value, cell.State?.Name() ?? string.Empty] : [cell.Value];

    private void WriteRecord(TextWriter writer, IEnumerable<string> fields)
    {
        writer.Write(string.Join(options.Separator, fields.Select(Quote)));
        writer.Write("\r\n");
    }

    private string Quote(string field)
    {
        field = Neutralised(field);
        if (field.IndexOfAny([options.Separator, '"', '\r', '\n']) < 0)
        {
            return field;
        }

        return new StringBuilder("\"").Append(field.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"').ToString();
    }

    /// <summary>
    /// A cell a spreadsheet would run as a formula (starting with =, +, -, @, a tab or a carriage return) gets a
    /// leading apostrophe, so a value typed into an artefact is shown, never evaluated (OWASP, CSV injection).
    /// </summary>
    internal static string Neutralised(string field) =>
        field.Length > 0 && field[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + field : field;
}
