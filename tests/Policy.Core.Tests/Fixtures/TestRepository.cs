using System.Text.Json;
using System.Text.Json.Nodes;
using Policy.Core.Findings;
using Policy.Core.Loading;
using Policy.Core.Model;
using Policy.Core.Rules;
using Policy.Core.Validation;
using Policy.Kernel.Hashing;

namespace Policy.Core.Tests.Fixtures;

/// <summary>
/// A throw-away policy repository in a temporary folder: permissive schemas for every kind (so rule
/// tests do not depend on the real schemas), a small taxonomy, and the artefacts a test writes.
/// </summary>
public sealed class TestRepository : IDisposable
{
    public static readonly DateTime Today = new(2026, 11, 25);

    public static readonly string[] Kinds = ["SystemCard", "Dpia", "HumanOversight", "DataFlow", "PatientNotice", "Incident", "EthicsAssessment", "Approval", "Governance"];

    public TestRepository()
    {
        Root = Path.Combine(Path.GetTempPath(), "policy-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(Root, "policies"));
        Directory.CreateDirectory(Path.Combine(Root, ".git"));
        foreach (var kind in Kinds)
        {
            WriteSchema(kind, new JsonObject { ["properties"] = new JsonObject { ["kind"] = new JsonObject { ["const"] = kind } } });
        }

        Write("schemas/taxonomy.json", """
            {
              "dataCategories": [
                { "key": "health.record", "special": true },
                { "key": "health.observation", "parent": "health.record" },
                { "key": "health.diagnosis", "parent": "health.record" },
                { "key": "identity.direct" },
                { "key": "anonymous" }
              ],
              "purposes": [ { "key": "care" }, { "key": "care.diagnosis", "parent": "care" }, { "key": "research" } ],
              "dataSubjects": [ { "key": "patient" }, { "key": "professional" } ]
            }
            """);
    }

    public string Root { get; }

    public string Policies => Path.Combine(Root, "policies");

    /// <summary>
    /// Whether a Governance artefact written with <see cref="Artefact"/> is also approved (as XR-GOV-01
    /// requires for its settings to apply). Tests of XR-GOV-01 turn it off.
    /// </summary>
    public bool ApproveGovernance { get; set; } = true;

    public string FullPath(string relative) => Path.Combine(Root, relative.Replace('/', Path.DirectorySeparatorChar));

    /// <summary>Replaces a kind's schema (for tests of schema findings); <c>$id</c> and <c>kind.const</c> are added.</summary>
    public void WriteSchema(string kind, JsonObject schema)
    {
        schema["$schema"] = "https://json-schema.org/draft/2020-12/schema";
        schema["$id"] = $"https://policy-as-code.example/schemas/{FileName(kind)}";
        var properties = schema["properties"] as JsonObject ?? new JsonObject();
        properties["kind"] = new JsonObject { ["const"] = kind };
        schema["properties"] = properties;
        Write($"schemas/{FileName(kind)}", schema.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
    }

    public static string FileName(string kind) => string.Concat(kind.Select((c, i) => char.IsUpper(c) && i > 0 ? "-" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString())) + ".schema.json";

    public string Write(string relative, string text)
    {
        var path = FullPath(relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    public string WriteBytes(string relative, byte[] bytes)
    {
        var path = FullPath(relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    /// <summary>Writes an artefact under policies/, with a correct <c>$schema</c> for its kind.</summary>
    public string Artefact(string relative, JsonObject artefact)
    {
        var kind = artefact["kind"]!.GetValue<string>();
        var depth = relative.Count(c => c == '/') + 1;
        var copy = new JsonObject { ["$schema"] = string.Concat(Enumerable.Repeat("../", depth)) + "schemas/" + FileName(kind) };
        foreach (var (name, value) in artefact)
        {
            copy[name] = value?.DeepClone();
        }

        var path = Write("policies/" + relative, copy.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
        if (kind == "Governance" && ApproveGovernance)
        {
            var id = artefact["id"]!.GetValue<string>();
            Artefact("approvals/governance.approval.json", Artefacts.Approval("apr-governance", "Governance", id, HashOf("policies/" + relative), ("Marc Durand", "controller"), ("Inès Roux", "dpo"), ("Dr Paul Henry", "medical-lead")));
        }

        return path;
    }

    public string HashOf(string relative) => TextContentHash.Of(File.ReadAllText(FullPath(relative)));

    /// <summary>The repository as the rules see it, loaded like `policy validate` does (for tests of what rules read).</summary>
    public PolicyRepository Load()
    {
        var layout = new RepositoryLayout(Root, Path.Combine(Root, "schemas"));
        var schemas = SchemaCatalog.Load(layout.SchemasDirectory);
        var loader = new ArtefactLoader(layout, schemas, Policy.JsonSchema.JsonSourceOptions.Default);
        var artefacts = FileDiscovery.Discover(layout, [Policies]).Files.Select(f => loader.Load(f).Artefact).OfType<Artefact>();
        return new PolicyRepository(artefacts, schemas.Taxonomy);
    }

    public ValidationReport Validate(params string[] relativePaths) => ValidateWith(RepositoryRules.All, relativePaths);

    /// <summary>Validates with other repository rules than the tool's (tests of how rules are run).</summary>
    public ValidationReport ValidateWith(IReadOnlyList<IRepositoryRule> rules, params string[] relativePaths)
    {
        var layout = new RepositoryLayout(Root, Path.Combine(Root, "schemas"));
        var paths = relativePaths.Length == 0 ? [Policies] : relativePaths.Select(FullPath).ToArray();
        return new PolicyValidator(layout, SchemaCatalog.Load(layout.SchemasDirectory), rules)
            .Validate(paths, new ValidationSettings { Today = Today });
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A temporary folder left behind is harmless.
        }
    }
}
