extern alias core;

using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Json.Schema;
using Policy.Core.Tests;
using OracleSchema = Json.Schema.JsonSchema;
using SchemaCatalog = core::Policy.Core.Loading.SchemaCatalog;

namespace Policy.Analyzers.Tests.Agreement;

/// <summary>
/// A second opinion on our schema engine: JsonSchema.Net, given the same schema set (kinds and defs,
/// draft 2020-12, formats asserted), finds each artefact valid exactly when our engine does, for every
/// artefact of the example repositories, of the approval mutations, and of schema-invalid variants of them.
/// Positions and messages stay ours; only the verdict is compared.
/// </summary>
public sealed partial class SchemaOracleTests
{
    private static readonly string Schemas = Path.Combine(TestPaths.RepositoryRoot, "schemas");

    private static readonly string[] Examples = ["policies", "docs/examples/non-compliant/policies", "analyzers/samples/VendorApp/policies"];

    /// <summary>Edits that break an artefact's schema one way each (the last ones keep it valid).</summary>
    private static readonly (string Name, Action<JsonObject> Edit)[] Variants =
    [
        ("title missing", o => o.Remove("title")),
        ("version a number", o => o["version"] = 7),
        ("version not semantic", o => o["version"] = "1.2"),
        ("misspelt property", o => o["titel"] = "x"),
        ("reviewDue not a date", o => o["reviewDue"] = "2026-13-45"),
        ("owner a string", o => o["owner"] = "Claire Martin"),
        ("owner without role", o => o["owner"]?.AsObject().Remove("role")),
        ("id not kebab-case", o => o["id"] = "Not An Id"),
        ("an x- extension: still valid", o => o["x-internal-code"] = "AB12"),
        ("fields reordered: still valid", o => Reorder(o)),
    ];

    [Fact]
    public void Both_engines_agree_on_every_artefact_of_the_examples_the_mutations_and_the_variants()
    {
        var ours = SchemaCatalog.Load(Schemas);
        var theirs = OracleSchemas();
        var disagreements = new List<string>();
        int valid = 0, invalid = 0;

        foreach (var (source, text) in Artefacts())
        {
            using var document = JsonDocument.Parse(text);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("kind", out var kind) || kind.ValueKind != JsonValueKind.String
                || ours.ForKind(kind.GetString()!) is not { } schema)
            {
                continue; // not an artefact of a known kind: neither engine is asked
            }

            var ourVerdict = schema.Schema.IsValid(root);
            var theirVerdict = theirs[schema.Id].Evaluate(root, new EvaluationOptions { OutputFormat = OutputFormat.List, RequireFormatValidation = true });
            if (ourVerdict != theirVerdict.IsValid)
            {
                var why = ourVerdict ? Errors(theirVerdict) : string.Join("; ", schema.Schema.Validate(root).Errors.Take(3).Select(e => $"{e.InstanceLocation}: {e.Message}"));
                disagreements.Add($"{source}: ours {(ourVerdict ? "valid" : "invalid")}, JsonSchema.Net {(theirVerdict.IsValid ? "valid" : "invalid")} ({why})");
            }

            _ = ourVerdict ? valid++ : invalid++;
        }

        Assert.True(disagreements.Count == 0, string.Join("\n", disagreements.Take(20)));
        Assert.True(valid > 100 && invalid > 400, $"{valid} valid and {invalid} invalid artefacts compared");
    }

    /// <summary>Every file's text, named by where it came from: the examples, each approval mutation of policies/, and the variants of both.</summary>
    private static IEnumerable<(string Source, string Text)> Artefacts()
    {
        var originals = new List<(string Source, string Text)>();
        foreach (var example in Examples)
        {
            var folder = Path.Combine(TestPaths.RepositoryRoot, example);
            originals.AddRange(Directory.EnumerateFiles(folder, "*.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
                .Select(f => (Path.GetRelativePath(TestPaths.RepositoryRoot, f), File.ReadAllText(f))));
        }

        foreach (var (mutation, apply) in ApprovalMutations.All)
        {
            var copy = Directory.CreateTempSubdirectory("policy-oracle-").FullName;
            try
            {
                var source = Path.Combine(TestPaths.RepositoryRoot, "policies");
                foreach (var file in Directory.EnumerateFiles(source, "*.json", SearchOption.AllDirectories))
                {
                    var target = Path.Combine(copy, Path.GetRelativePath(source, file));
                    Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                    File.Copy(file, target);
                }

                apply(copy);
                originals.AddRange(Directory.EnumerateFiles(copy, "*.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
                    .Select(f => ($"mutation '{mutation}': {Path.GetRelativePath(copy, f)}", File.ReadAllText(f))));
            }
            finally
            {
                Directory.Delete(copy, recursive: true);
            }
        }

        foreach (var (source, text) in originals)
        {
            if (!Parses(text))
            {
                continue; // not JSON (a JSON-0x example): no schema verdict exists
            }

            yield return (source, text);
            if (JsonNode.Parse(text) is not JsonObject)
            {
                continue;
            }

            foreach (var (name, edit) in Variants)
            {
                var variant = JsonNode.Parse(text)!.AsObject();
                edit(variant);
                yield return ($"{source} with {name}", variant.ToJsonString());
            }
        }
    }

    /// <summary>JsonSchema.Net with every schema of the set registered, defs first; the kind schemas by their $id.</summary>
    private static Dictionary<Uri, OracleSchema> OracleSchemas()
    {
        var options = new BuildOptions { SchemaRegistry = new SchemaRegistry() };
        var files = Directory.EnumerateFiles(Schemas, "*.schema.json", SearchOption.AllDirectories).Select(Path.GetFullPath).ToList();
        var built = new Dictionary<Uri, OracleSchema>();
        var done = new HashSet<string>(StringComparer.Ordinal);
        while (done.Count < files.Count)
        {
            // A schema is built once every file it references is: JsonSchema.Net resolves references as it builds.
            var ready = files.Where(f => !done.Contains(f) && ReferencedFiles(f).All(done.Contains)).Order(StringComparer.Ordinal).ToList();
            Assert.True(ready.Count > 0, "the schema set has a reference cycle between files");
            foreach (var file in ready)
            {
                var schema = OracleSchema.FromText(File.ReadAllText(file), options, new Uri(file));
                using var document = JsonDocument.Parse(File.ReadAllText(file));
                built[new Uri(document.RootElement.GetProperty("$id").GetString()!)] = schema;
                done.Add(file);
            }
        }

        return built;
    }

    private static IEnumerable<string> ReferencedFiles(string file) =>
        ExternalRef().Matches(File.ReadAllText(file)).Select(m => Path.GetFullPath(Path.Combine(Path.GetDirectoryName(file)!, m.Groups[1].Value))).Distinct(StringComparer.Ordinal);

    private static string Errors(EvaluationResults results) =>
        string.Join("; ", (results.Details ?? []).Where(d => d.Errors is { Count: > 0 }).Take(3).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}")));

    private static bool Parses(string text)
    {
        try
        {
            using var _ = global::Policy.JsonSchema.JsonSourceDocument.Parse(System.Text.Encoding.UTF8.GetBytes(text));
            return true;
        }
        catch (global::Policy.JsonSchema.JsonSourceException)
        {
            return false;
        }
    }

    private static void Reorder(JsonObject artefact)
    {
        var members = artefact.ToList();
        foreach (var (name, _) in members)
        {
            artefact.Remove(name);
        }

        foreach (var (name, value) in Enumerable.Reverse(members))
        {
            artefact[name] = value;
        }
    }

    [GeneratedRegex("\"\\$ref\"\\s*:\\s*\"([^\"#]+\\.json)")]
    private static partial Regex ExternalRef();
}
