using System.Text.Json.Nodes;
using Policy.Kernel.Approvals;

namespace Policy.Core.Tests.Schemas;

/// <summary>The points of docs/dev/artefact-contract.md that every schema must keep.</summary>
public sealed class SchemaContractTests
{
    private static readonly string[] Kinds =
        { "SystemCard", "Dpia", "HumanOversight", "DataFlow", "PatientNotice", "Incident", "EthicsAssessment", "Approval", "Governance" };

    [Fact]
    public void Each_kind_has_one_schema_named_after_it_whose_kind_is_a_const()
    {
        var byKind = SchemaSet.KindSchemas.ToDictionary(s => s.Value["properties"]!["kind"]!["const"]!.GetValue<string>(), s => s.Key);

        Assert.Equal(Kinds.OrderBy(k => k, StringComparer.Ordinal), byKind.Keys.OrderBy(k => k, StringComparer.Ordinal));
        Assert.Equal("system-card.schema.json", byKind["SystemCard"]);
        Assert.Equal("human-oversight.schema.json", byKind["HumanOversight"]);
        Assert.Equal("patient-notice.schema.json", byKind["PatientNotice"]);
    }

    [Fact]
    public void Every_schema_is_2020_12_and_its_id_is_its_path_under_the_base()
    {
        foreach (var (path, schema) in SchemaSet.All)
        {
            Assert.Equal("https://json-schema.org/draft/2020-12/schema", schema["$schema"]!.GetValue<string>());
            Assert.Equal(SchemaSet.IdBase + path, schema["$id"]!.GetValue<string>());
        }
    }

    [Fact]
    public void Kind_schemas_are_closed_but_accept_x_extensions_at_the_top()
    {
        foreach (var (path, schema) in SchemaSet.KindSchemas)
        {
            Assert.False(schema["unevaluatedProperties"]!.GetValue<bool>(), path);
            Assert.NotNull(schema["patternProperties"]?["^x-"]);
        }
    }

    [Fact]
    public void Only_SystemCard_and_Governance_have_no_system()
    {
        foreach (var (path, schema) in SchemaSet.KindSchemas)
        {
            var kind = schema["properties"]!["kind"]!["const"]!.GetValue<string>();
            var hasSystem = schema["properties"]!.AsObject().ContainsKey("system");
            Assert.True(hasSystem == (kind is not ("SystemCard" or "Governance")), path);
        }
    }

    [Fact]
    public void Every_reference_resolves_inside_the_schema_folder() =>
        Assert.Empty(RefChecker.BrokenRefs(SchemaSet.All));

    [Fact]
    public void The_reference_check_catches_a_dangling_or_remote_reference()
    {
        var schemas = new Dictionary<string, JsonObject>
        {
            ["defs/common.schema.json"] = new() { ["$defs"] = new JsonObject { ["date"] = new JsonObject() } },
            ["good.schema.json"] = new() { ["$ref"] = "defs/common.schema.json#/$defs/date" },
            ["missing.schema.json"] = new() { ["$ref"] = "defs/common.schema.json#/$defs/time" },
            ["remote.schema.json"] = new() { ["$ref"] = "https://example.org/other.json" },
            ["outside.schema.json"] = new() { ["$ref"] = "../common.schema.json" },
        };

        var problems = RefChecker.BrokenRefs(schemas);

        Assert.Equal(3, problems.Count);
        Assert.DoesNotContain(problems, p => p.StartsWith("good.schema.json", StringComparison.Ordinal));
    }

    [Fact]
    public void Approval_attestations_are_the_ones_the_approval_rule_requires()
    {
        var attestations = SchemaSet.All["approval.schema.json"]["properties"]!["attestations"]!["items"]!["enum"];

        Assert.Equal(ApprovalEvaluator.DpiaAttestations, SchemaSet.Strings(attestations));
    }

    [Fact]
    public void Default_matrix_roles_are_committee_roles()
    {
        var roles = SchemaSet.Strings(SchemaSet.All["defs/common.schema.json"]["$defs"]!["committeeRole"]!["enum"]);

        var used = ApprovalMatrixDefaults.Entries.SelectMany(e => e.RequiredRoles).SelectMany(r => r.Split('|'));
        Assert.All(used, role => Assert.Contains(role, roles));
    }
}
