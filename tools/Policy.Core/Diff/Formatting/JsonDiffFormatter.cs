using System.Text.Encodings.Web;
using System.Text.Json;

namespace Policy.Core.Diff.Formatting;

/// <summary>
/// The machine contract (issue 10): <c>base</c>, <c>head</c>, <c>changes</c> (kind, id, file, line,
/// pointer, change, before, after, class, reason; before and after as JSON values, null when absent),
/// <c>approvalsInvalidated</c> (approval, target {kind, id}, roles), <c>findingsIntroduced</c> and
/// <c>findingsResolved</c> (rule, severity, file, line, pointer, message).
/// </summary>
public sealed class JsonDiffFormatter : IDiffFormatter
{
    public string Name => "json";

    public void Write(PolicyDiffReport report, TextWriter writer)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("base", report.Base);
            json.WriteString("head", report.Head);
            json.WriteStartArray("changes");
            foreach (var change in report.Changes)
            {
                json.WriteStartObject();
                json.WriteString("kind", change.Kind);
                json.WriteString("id", change.Id);
                json.WriteString("file", change.File);
                json.WriteNumber("line", change.Line);
                json.WriteString("pointer", change.Pointer);
                json.WriteString("change", DiffNames.Of(change.Change));
                Raw(json, "before", change.Before);
                Raw(json, "after", change.After);
                json.WriteString("class", DiffNames.Of(change.Class));
                json.WriteString("reason", change.Reason);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("approvalsInvalidated");
            foreach (var approval in report.ApprovalsInvalidated)
            {
                json.WriteStartObject();
                json.WriteString("approval", approval.Approval);
                json.WriteStartObject("target");
                json.WriteString("kind", approval.TargetKind);
                json.WriteString("id", approval.TargetId);
                json.WriteEndObject();
                json.WriteStartArray("roles");
                foreach (var role in approval.Roles)
                {
                    json.WriteStringValue(role);
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            Findings(json, "findingsIntroduced", report.FindingsIntroduced);
            Findings(json, "findingsResolved", report.FindingsResolved);
            json.WriteEndObject();
        }

        writer.WriteLine(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
    }

    private static void Raw(Utf8JsonWriter json, string name, string? value)
    {
        if (value is null)
        {
            json.WriteNull(name);
        }
        else
        {
            json.WritePropertyName(name);
            json.WriteRawValue(value);
        }
    }

    private static void Findings(Utf8JsonWriter json, string name, IReadOnlyList<DiffFinding> findings)
    {
        json.WriteStartArray(name);
        foreach (var finding in findings)
        {
            json.WriteStartObject();
            json.WriteString("rule", finding.Rule);
            json.WriteString("severity", finding.Severity);
            json.WriteString("file", finding.File);
            json.WriteNumber("line", finding.Line);
            json.WriteString("pointer", finding.Pointer);
            json.WriteString("message", finding.Message);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }
}
