using System.Text;
using System.Text.Json;
using Policy.Core.Catalog;
using Policy.Core.Findings;
using Policy.Core.Validation;

namespace Policy.Core.Formatting;

/// <summary>
/// SARIF 2.1.0 as GitHub code scanning accepts it (valid against the OASIS schema, kept and checked in
/// tests/TestData/sarif): one run, every rule with its descriptions, unique tags, help (its docs page)
/// and default level, results with a repository-relative location (start line and column), related
/// locations, the JSON pointer as a logical location, and a partial fingerprint that is the finding's
/// identity (<see cref="FindingFingerprint"/>): no message text and no hash, so an alert survives lines
/// moving and the hashes its message quotes changing.
/// </summary>
public sealed class SarifFormatter : IReportFormatter
{
    /// <summary>The partial fingerprint's name; a new version if what <see cref="FindingFingerprint"/> holds ever changes.</summary>
    public const string FingerprintKey = "policyFinding/v1";

    private readonly ToolInfo tool;

    public SarifFormatter(ToolInfo tool) => this.tool = tool;

    public string Name => "sarif";

    public void Write(ValidationReport report, TextWriter writer)
    {
        var rules = report.Rules.All;
        var ruleIndex = rules.Select((rule, index) => (rule.Id, index)).ToDictionary(p => p.Id, p => p.index, StringComparer.Ordinal);

        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteString("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
            json.WriteString("version", "2.1.0");
            json.WriteStartArray("runs");
            json.WriteStartObject();
            WriteTool(json, rules);
            json.WriteStartObject("originalUriBaseIds");
            json.WriteStartObject("%SRCROOT%");
            json.WriteStartObject("description");
            json.WriteString("text", "The policy repository's root.");
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteStartArray("results");
            foreach (var finding in report.Findings)
            {
                WriteResult(json, finding, ruleIndex);
            }

            json.WriteEndArray();
            WriteOverrides(json, report.Overrides);
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
        }

        writer.WriteLine(Encoding.UTF8.GetString(stream.ToArray()));
    }

    private void WriteTool(Utf8JsonWriter json, IReadOnlyList<RuleDescriptor> rules)
    {
        json.WriteStartObject("tool");
        json.WriteStartObject("driver");
        json.WriteString("name", tool.Name);
        json.WriteString("semanticVersion", tool.Version);
        json.WriteStartArray("rules");
        foreach (var rule in rules)
        {
            json.WriteStartObject();
            json.WriteString("id", rule.Id);
            json.WriteStartObject("shortDescription");
            json.WriteString("text", Truncate(rule.Summary));
            json.WriteEndObject();
            json.WriteStartObject("fullDescription");
            json.WriteString("text", Truncate($"{rule.Summary} Source: {rule.Source}."));
            json.WriteEndObject();
            json.WriteStartObject("help");
            json.WriteString("text", $"{rule.Summary} Source: {rule.Source}. Documentation: {rule.DocsPath}");
            if (RuleDocs.Find(rule.Id) is { } page)
            {
                json.WriteString("markdown", page);
            }

            json.WriteEndObject();
            if (tool.HelpUri(rule.Id) is { } help)
            {
                json.WriteString("helpUri", help.AbsoluteUri);
            }

            json.WriteStartObject("defaultConfiguration");
            json.WriteString("level", Level(rule.DefaultSeverity));
            json.WriteEndObject();
            json.WriteStartObject("properties");
            json.WriteStartArray("tags");
            foreach (var tag in new[] { rule.Family, "governance" }.Distinct(StringComparer.Ordinal))
            {
                json.WriteStringValue(tag);
            }

            json.WriteEndArray();
            json.WriteString("source", rule.Source);
            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
    }

    /// <summary>The organisation's overrides, as run properties (SARIF has no standard place for them).</summary>
    private static void WriteOverrides(Utf8JsonWriter json, IReadOnlyList<AppliedOverride> overrides)
    {
        json.WriteStartObject("properties");
        json.WriteStartArray("severityOverrides");
        foreach (var applied in overrides)
        {
            json.WriteStartObject();
            json.WriteString("rule", applied.Override.Rule);
            json.WriteString("severity", applied.SeverityName);
            json.WriteBoolean("applied", !applied.Override.IsVoid);
            json.WriteString("justification", applied.Override.Justification);
            json.WriteNumber("findings", applied.FindingsAffected);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteResult(Utf8JsonWriter json, Finding finding, Dictionary<string, int> ruleIndex)
    {
        json.WriteStartObject();
        json.WriteString("ruleId", finding.Rule);
        if (ruleIndex.TryGetValue(finding.Rule, out var index))
        {
            json.WriteNumber("ruleIndex", index);
        }

        json.WriteString("level", Level(finding.Severity));
        json.WriteStartObject("message");
        json.WriteString("text", finding.Message);
        json.WriteEndObject();
        json.WriteStartArray("locations");
        json.WriteStartObject();
        WritePhysical(json, finding.Location);
        json.WriteStartArray("logicalLocations");
        json.WriteStartObject();
        json.WriteString("fullyQualifiedName", finding.File + "#" + finding.Pointer);
        json.WriteString("kind", "member");
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndArray();

        if (finding.Related.Count > 0)
        {
            json.WriteStartArray("relatedLocations");
            var id = 1;
            foreach (var related in finding.Related)
            {
                json.WriteStartObject();
                json.WriteNumber("id", id++);
                WritePhysical(json, related.Location);
                json.WriteStartObject("message");
                json.WriteString("text", related.Message);
                json.WriteEndObject();
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        json.WriteStartObject("partialFingerprints");
        json.WriteString(FingerprintKey, FindingFingerprint.Of(finding));
        json.WriteEndObject();
        json.WriteStartObject("properties");
        json.WriteString("pointer", finding.Pointer);
        if (finding.SeverityJustification is { } why)
        {
            json.WriteString("severityJustification", why);
        }

        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WritePhysical(Utf8JsonWriter json, SourceLocation location)
    {
        json.WriteStartObject("physicalLocation");
        json.WriteStartObject("artifactLocation");
        json.WriteString("uri", Uri.EscapeDataString(location.File).Replace("%2F", "/", StringComparison.Ordinal));
        json.WriteString("uriBaseId", "%SRCROOT%");
        json.WriteEndObject();
        json.WriteStartObject("region");
        json.WriteNumber("startLine", Math.Max(1, location.Line));
        json.WriteNumber("startColumn", Math.Max(1, location.Column));
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static string Level(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "note",
    };

    private static string Truncate(string text) => text.Length <= 1024 ? text : text[..1021] + "...";
}
