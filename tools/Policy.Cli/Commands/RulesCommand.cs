using System.CommandLine;
using System.Text.Json;
using Policy.Core.Findings;
using Policy.Core.Validation;

namespace Policy.Cli.Commands;

/// <summary>`policy rules`: every rule the tool can report, with its default severity, family, source and summary.</summary>
public sealed class RulesCommand : Command
{
    public RulesCommand(CliEnvironment environment)
        : base("rules", "List every rule: id, default severity, family, source and a one-line summary.")
    {
        Add(Format);
        SetAction(result =>
        {
            var format = result.GetValue(Format);
            switch (format)
            {
                case "text":
                    WriteText(environment.Out);
                    return ExitCodes.Clean;
                case "json":
                    WriteJson(environment.Out);
                    return ExitCodes.Clean;
                default:
                    environment.Error.WriteLine($"policy rules: --format must be text or json, not '{format}'");
                    return ExitCodes.UsageOrIoError;
            }
        });
    }

    internal Option<string> Format { get; } = new("--format", "-f") { Description = "text or json.", DefaultValueFactory = _ => "text" };

    private static void WriteText(TextWriter writer)
    {
        var rules = RepositoryRules.Catalog.All;
        var width = rules.Max(r => r.Id.Length);
        foreach (var family in rules.GroupBy(r => r.Family))
        {
            writer.WriteLine($"{family.Key}:");
            foreach (var rule in family)
            {
                writer.WriteLine($"  {rule.Id.PadRight(width)}  {rule.DefaultSeverity.ToName(),-7}  {rule.Summary}");
                writer.WriteLine($"  {new string(' ', width)}  {string.Empty,-7}  source: {rule.Source}");
            }
        }

        writer.WriteLine($"{rules.Count} rules. 'policy explain ID' shows a rule's page.");
    }

    private static void WriteJson(TextWriter writer)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteStartArray("rules");
            foreach (var rule in RepositoryRules.Catalog.All)
            {
                json.WriteStartObject();
                json.WriteString("id", rule.Id);
                json.WriteString("severity", rule.DefaultSeverity.ToName());
                json.WriteString("family", rule.Family);
                json.WriteString("source", rule.Source);
                json.WriteString("summary", rule.Summary);
                json.WriteString("docs", rule.DocsPath);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        writer.WriteLine(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
    }
}
