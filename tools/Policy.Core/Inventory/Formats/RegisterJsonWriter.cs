using System.Text.Encodings.Web;
using System.Text.Json;

namespace Policy.Core.Inventory.Formats;

/// <summary>
/// The register as JSON, a stable contract: <c>{ "systems": [ { "id": …, "name": …, …, "approvals": { column: { "state", "artefacts" } }, "gaps": [ … ] } ] }</c>.
/// Column names are <see cref="RegisterColumns.Key"/>; new columns may be added, none is renamed or removed.
/// </summary>
public sealed class RegisterJsonWriter : IRegisterWriter
{
    public void Write(IReadOnlyList<RegisterRow> rows, TextWriter writer)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteStartArray("systems");
            foreach (var row in rows)
            {
                WriteRow(json, row);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        writer.WriteLine(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
    }

    private static void WriteRow(Utf8JsonWriter json, RegisterRow row)
    {
        json.WriteStartObject();
        foreach (var cell in row.Cells)
        {
            json.WriteString(RegisterColumns.Key(cell.Column), cell.Value);
        }

        json.WriteStartObject("approvals");
        foreach (var cell in row.Cells.Where(c => RegisterColumns.WithApproval.Contains(c.Column)))
        {
            json.WriteStartObject(RegisterColumns.Key(cell.Column));
            if (cell.State is { } state)
            {
                json.WriteString("state", state.Name());
            }
            else
            {
                json.WriteNull("state");
            }

            json.WriteStartArray("artefacts");
            foreach (var artefact in cell.Artefacts)
            {
                json.WriteStartObject();
                json.WriteString("kind", artefact.Kind);
                json.WriteString("id", artefact.Id);
                json.WriteString("file", artefact.File);
                json.WriteString("state", artefact.State.Name());
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndObject();
        json.WriteStartArray("gaps");
        foreach (var gap in row.Gaps)
        {
            json.WriteStartObject();
            json.WriteString("column", RegisterColumns.Key(gap.Column));
            json.WriteString("problem", gap.Problem);
            json.WriteString("action", gap.Action);
            json.WriteString("file", gap.At.File);
            json.WriteNumber("line", gap.At.Line);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }
}
