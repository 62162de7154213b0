using System.Text.Json;
using Policy.Core.Findings;
using Policy.Core.Validation;

namespace Policy.Core.Formatting;

/// <summary>The JSON report (`--format json`): one object, <c>{ "findings": [ ... ], "summary": { ... } }</c>.</summary>
public sealed class JsonReportFormatter : IReportFormatter
{
    public string Name => "json";

    public void Write(ValidationReport report, TextWriter writer)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteStartArray("findings");
            foreach (var finding in report.Findings)
            {
                json.WriteStartObject();
                json.WriteString("rule", finding.Rule);
                json.WriteString("severity", finding.Severity.ToName());
                json.WriteString("message", finding.Message);
                WriteLocation(json, finding.Location);
                if (finding.Related.Count > 0)
                {
                    json.WriteStartArray("related");
                    foreach (var related in finding.Related)
                    {
                        json.WriteStartObject();
                        WriteLocation(json, related.Location);
                        json.WriteString("message", related.Message);
                        json.WriteEndObject();
                    }

                    json.WriteEndArray();
                }

                if (finding.SeverityJustification is { } why)
                {
                    json.WriteString("severityJustification", why);
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartObject("summary");
            json.WriteNumber("errors", report.Count(Severity.Error));
            json.WriteNumber("warnings", report.Count(Severity.Warning));
            json.WriteNumber("notes", report.Count(Severity.Note));
            json.WriteNumber("files", report.FilesChecked);
            json.WriteNumber("artefacts", report.ArtefactsChecked);
            json.WriteStartArray("overrides");
            foreach (var applied in report.Overrides)
            {
                json.WriteStartObject();
                json.WriteString("rule", applied.Override.Rule);
                json.WriteString("severity", applied.SeverityName);
                json.WriteBoolean("applied", !applied.Override.IsVoid);
                json.WriteString("justification", applied.Override.Justification);
                json.WriteNumber("findings", applied.FindingsAffected);
                WriteLocation(json, applied.Override.DeclaredAt);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndObject();
        }

        writer.WriteLine(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
    }

    private static void WriteLocation(Utf8JsonWriter json, SourceLocation location)
    {
        json.WriteString("file", location.File);
        json.WriteNumber("line", location.Line);
        json.WriteNumber("column", location.Column);
        json.WriteString("pointer", location.Pointer);
    }
}
