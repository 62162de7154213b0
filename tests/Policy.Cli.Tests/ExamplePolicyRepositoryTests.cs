using System.Text.Json.Nodes;
using Policy.Core.Tests;

namespace Policy.Cli.Tests;

/// <summary>
/// The example repository (policies/ and schemas/) validates clean; deleting a required field,
/// changing a type or editing an approved artefact makes it fail at the right place.
/// Each test works on a copy, so the repository itself is never touched.
/// </summary>
public sealed class ExamplePolicyRepositoryTests : IDisposable
{
    private const string EcgCard = "policies/systems/ecg-assist/system-card.json";
    private readonly string copy = Path.Combine(Path.GetTempPath(), "policy-example-" + Guid.NewGuid().ToString("N"));

    public ExamplePolicyRepositoryTests()
    {
        CopyFolder(Path.Combine(TestPaths.RepositoryRoot, "policies"), Path.Combine(copy, "policies"));
        CopyFolder(Path.Combine(TestPaths.RepositoryRoot, "schemas"), Path.Combine(copy, "schemas"));
        Directory.CreateDirectory(Path.Combine(copy, ".git"));
    }

    public void Dispose() => Directory.Delete(copy, recursive: true);

    [Fact]
    public void Example_repository_is_clean()
    {
        var result = CliRunner.Run(copy, "validate", "policies");
        Assert.True(result.ExitCode == 0, result.Out + result.Error);
        Assert.Contains("0 errors, 0 warnings, 1 note", result.Out);
        var approvals = Directory.GetFiles(Path.Combine(copy, "policies", "approvals"), "*.json");
        var entries = approvals.Sum(file => JsonNode.Parse(File.ReadAllText(file))!["approvers"]!.AsArray().Count);
        Assert.Contains($"note XR-APP-11: {entries} of {entries} approver entries, in {approvals.Length} of {approvals.Length} Approvals", result.Out);
    }

    [Fact]
    public void Deleting_a_required_field_fails_at_its_object()
    {
        Edit(EcgCard, card => card.Remove("vendor"));
        var result = CliRunner.Run(copy, "validate", "policies");
        Assert.Equal(1, result.ExitCode);
        Assert.Contains($"{EcgCard}(1,1): error SCHEMA-01: ", result.Out);
        Assert.Contains("\"vendor\"", result.Out);
    }

    [Fact]
    public void Changing_a_type_fails_at_the_value()
    {
        Edit(EcgCard, card => card["outputsToMedicalRecord"] = "yes");
        var (line, column) = PositionOfValue(EcgCard, "outputsToMedicalRecord");
        var result = CliRunner.Run(copy, "validate", "policies");
        Assert.Equal(1, result.ExitCode);
        Assert.Contains($"{EcgCard}({line},{column}): error SCHEMA-01: ", result.Out);
        Assert.Contains("[/outputsToMedicalRecord]", result.Out);
    }

    [Fact]
    public void Editing_an_approved_artefact_voids_its_approval()
    {
        Edit(EcgCard, card => card["knownLimitations"] = card["knownLimitations"]!.GetValue<string>() + " Edited after approval.");
        var result = CliRunner.Run(copy, "validate", "policies");
        Assert.Equal(1, result.ExitCode);
        Assert.Contains($"{EcgCard}(1,1): error XR-APP-01: approval stale", result.Out);
        Assert.DoesNotContain("SCHEMA-01", result.Out);
    }

    [Fact]
    public void Reformatting_an_approved_artefact_keeps_its_approval()
    {
        var path = Path.Combine(copy, EcgCard);
        File.WriteAllText(path, JsonNode.Parse(File.ReadAllText(path))!.ToJsonString());
        Assert.Equal(0, CliRunner.Run(copy, "validate", "policies").ExitCode);
    }

    [Fact]
    public void Repository_without_schemas_uses_the_schemas_shipped_with_the_tool()
    {
        var shipped = Path.Combine(copy, "tool", "schemas");
        Directory.CreateDirectory(Path.Combine(copy, "tool"));
        Directory.CreateDirectory(Path.Combine(copy, "repository"));
        Directory.Move(Path.Combine(copy, "schemas"), shipped);
        Directory.Move(Path.Combine(copy, "policies"), Path.Combine(copy, "repository", "policies"));
        Directory.Move(Path.Combine(copy, ".git"), Path.Combine(copy, "repository", ".git"));
        var repository = Path.Combine(copy, "repository");
        var result = CliRunner.RunWithShippedSchemas(shipped, repository, "validate");
        Assert.True(result.ExitCode == 0, result.Out + result.Error);

        Edit("repository/" + EcgCard, card => card["$schema"] = "../../../schemas/dpia.schema.json");
        var mismatch = CliRunner.RunWithShippedSchemas(shipped, repository, "validate");
        Assert.Contains("error SCHEMA-02", mismatch.Out);
        Assert.Contains("https://policy-as-code.example/schemas/system-card.schema.json", mismatch.Out);
    }

    private void Edit(string relative, Action<JsonObject> change)
    {
        var path = Path.Combine(copy, relative);
        var node = JsonNode.Parse(File.ReadAllText(path))!.AsObject();
        change(node);
        File.WriteAllText(path, node.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
    }

    /// <summary>Line and column of a top-level property's value, found in the file's text.</summary>
    private (int Line, int Column) PositionOfValue(string relative, string property)
    {
        var lines = File.ReadAllLines(Path.Combine(copy, relative));
        for (var i = 0; i < lines.Length; i++)
        {
            var at = lines[i].IndexOf($"\"{property}\": ", StringComparison.Ordinal);
            if (at >= 0)
            {
                return (i + 1, at + property.Length + 5);
            }
        }

        throw new InvalidOperationException($"{property} not found in {relative}");
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
