using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Json.Schema;
using Policy.Core.Tests;
using OfficialSchema = Json.Schema.JsonSchema;

namespace Policy.Cli.Tests;

/// <summary>
/// Every SARIF log the tool writes for the example repositories is valid against the official SARIF
/// 2.1.0 schema (tests/TestData/sarif, checked with JsonSchema.Net, formats asserted) and keeps GitHub
/// code scanning's rules: unique tags, rule help, and partial fingerprints with no message text or hash.
/// </summary>
public sealed partial class SarifSchemaTests
{
    private static readonly Lazy<OfficialSchema> Sarif = new(LoadSarifSchema);

    public static TheoryData<string[]> Runs() => new()
    {
        new[] { "validate", "policies", "--format", "sarif" },
        new[] { "validate", "docs/examples/non-compliant/policies", "--today", "2026-11-25", "--format", "sarif" },
        new[] { "validate", "analyzers/samples/VendorApp/policies", "--format", "sarif" },
        new[] { "validate", "--schema", "schemas/dpia.schema.json", "docs/examples/non-compliant/policies/systems", "--format", "sarif" },
    };

    [Theory]
    [MemberData(nameof(Runs))]
    public void The_sarif_log_is_valid_against_the_official_schema(string[] args)
    {
        using var log = Write(args);
        var result = Sarif.Value.Evaluate(log.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List, RequireFormatValidation = true });
        var errors = (result.Details ?? []).Where(d => d.Errors is { Count: > 0 })
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation} ({d.EvaluationPath}): {e.Key}: {e.Value}"));
        Assert.True(result.IsValid, string.Join("\n", errors.Take(20)));
    }

    [Theory]
    [MemberData(nameof(Runs))]
    public void The_sarif_log_keeps_the_code_scanning_rules(string[] args)
    {
        using var log = Write(args);
        var run = log.RootElement.GetProperty("runs")[0];
        foreach (var rule in run.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray())
        {
            var id = rule.GetProperty("id").GetString();
            var tags = rule.GetProperty("properties").GetProperty("tags").EnumerateArray().Select(t => t.GetString()).ToList();
            Assert.True(tags.Count == tags.Distinct().Count(), $"{id} repeats a tag: {string.Join(", ", tags)}");
            Assert.False(string.IsNullOrWhiteSpace(rule.GetProperty("help").GetProperty("text").GetString()), $"{id} has no help");
            Assert.False(string.IsNullOrWhiteSpace(rule.GetProperty("help").GetProperty("markdown").GetString()), $"{id} has no help page");
        }

        var results = run.GetProperty("results").EnumerateArray().ToList();
        Assert.Equal(results.Count, results.Select(r => r.GetProperty("partialFingerprints").GetProperty("policyFinding/v1").GetString()).Distinct().Count());
        foreach (var result in results)
        {
            var fingerprint = result.GetProperty("partialFingerprints").GetProperty("policyFinding/v1").GetString()!;
            var message = result.GetProperty("message").GetProperty("text").GetString()!;
            Assert.False(Hash().IsMatch(fingerprint), $"a hash in the fingerprint {fingerprint}");
            Assert.DoesNotContain(message, fingerprint, StringComparison.Ordinal);
            Assert.Equal(["policyFinding/v1"], result.GetProperty("partialFingerprints").EnumerateObject().Select(p => p.Name));
        }
    }

    [Fact]
    public void The_schema_check_sees_a_broken_log()
    {
        using var log = Write(["validate", "docs/examples/non-compliant/policies", "--today", "2026-11-25", "--format", "sarif"]);
        var broken = JsonNode.Parse(log.RootElement.GetRawText())!;
        broken["runs"]![0]!["originalUriBaseIds"]!["%SRCROOT%"]!["description"] = "a string, where SARIF wants a message object";
        using var document = JsonDocument.Parse(broken.ToJsonString());
        Assert.False(Sarif.Value.Evaluate(document.RootElement, new EvaluationOptions { RequireFormatValidation = true }).IsValid);
    }

    private static JsonDocument Write(string[] args)
    {
        var result = CliRunner.Run(TestPaths.RepositoryRoot, args);
        Assert.True(result.ExitCode is 0 or 1, result.Error);
        return JsonDocument.Parse(result.Out);
    }

    /// <summary>The official schema is draft-04; read as draft-07 with its root `id` renamed `$id` (tests/TestData/sarif/SOURCE.md).</summary>
    private static OfficialSchema LoadSarifSchema()
    {
        var official = JsonNode.Parse(File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot, "tests", "TestData", "sarif", "sarif-schema-2.1.0.json")))!.AsObject();
        Assert.Equal("http://json-schema.org/draft-04/schema#", official["$schema"]!.GetValue<string>());

        // Renamed in place: JsonSchema.Net needs `$id` before the subschemas it names.
        var draft07 = new JsonObject();
        foreach (var (name, value) in official.ToList())
        {
            official.Remove(name);
            draft07[name == "id" ? "$id" : name] = name == "$schema" ? "http://json-schema.org/draft-07/schema#" : value;
        }

        return OfficialSchema.FromText(draft07.ToJsonString(), new BuildOptions { SchemaRegistry = new SchemaRegistry() });
    }

    [GeneratedRegex("sha256:|[0-9a-fA-F]{16,}")]
    private static partial Regex Hash();
}
