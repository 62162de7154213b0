using System.Text.Json;
using System.Text.Json.Nodes;
using Policy.Core.Tests.Fixtures;

namespace Policy.Cli.Tests;

public sealed class ValidateCommandTests : IDisposable
{
    private readonly TestRepository repository = new();

    public ValidateCommandTests()
    {
        repository.Artefact("ecg/system-card.json", Artefacts.SystemCard("ecg-assist", "health.observation"));
    }

    public void Dispose() => repository.Dispose();

    [Fact]
    public void Clean_repository_exits_0_with_a_summary()
    {
        var result = CliRunner.Run(repository.Root, "validate");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("0 errors, 0 warnings, 0 notes in 1 file", result.Out);
    }

    [Fact]
    public void Error_finding_exits_1_in_msbuild_form()
    {
        repository.Artefact("ecg/flow.json", Artefacts.Envelope("DataFlow", "df-ecg", system: "nowhere"));
        var result = CliRunner.Run(repository.Root, "validate");
        Assert.Equal(1, result.ExitCode);
        Assert.Matches(@"policies/ecg/flow\.json\(\d+,\d+\): error XR-REF-01: .* \[/system\]", result.Out);
    }

    [Fact]
    public void Warnings_fail_only_with_fail_on_warning()
    {
        var hash = repository.HashOf("policies/ecg/system-card.json");
        repository.Artefact("approvals/a.json", Artefacts.Approval("apr", "SystemCard", "ecg-assist", hash, ("Dr Paul Henry", "medical-lead")).With("decision", "approved-with-conditions").With("conditions", JsonNode.Parse("""[{"description":"x","owner":"y","dueDate":"2026-01-01"}]""")));
        Assert.Equal(0, CliRunner.Run(repository.Root, "validate").ExitCode);
        Assert.Equal(1, CliRunner.Run(repository.Root, "validate", "--fail-on", "warning").ExitCode);
    }

    [Fact]
    public void Json_format_follows_the_contract()
    {
        repository.Artefact("ecg/flow.json", Artefacts.Envelope("DataFlow", "df-ecg", system: "nowhere"));
        var result = CliRunner.Run(repository.Root, "validate", "--format", "json");
        using var json = JsonDocument.Parse(result.Out);
        var finding = json.RootElement.GetProperty("findings")[0];
        foreach (var field in new[] { "rule", "severity", "message", "file", "line", "column", "pointer" })
        {
            Assert.True(finding.TryGetProperty(field, out _), $"finding lacks {field}");
        }

        Assert.Equal("policies/ecg/flow.json", finding.GetProperty("file").GetString());
        Assert.Equal(1, json.RootElement.GetProperty("summary").GetProperty("errors").GetInt32());
    }

    [Fact]
    public void Several_formats_go_to_their_own_files()
    {
        repository.Artefact("ecg/flow.json", Artefacts.Envelope("DataFlow", "df-ecg", system: "nowhere"));
        var sarif = Path.Combine(repository.Root, "out", "report.sarif");
        var json = Path.Combine(repository.Root, "out", "report.json");
        var result = CliRunner.Run(repository.Root, "validate", "--format", "text", "--format", $"sarif={sarif}", "-f", $"json={json}");
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("XR-REF-01", result.Out);
        using var log = JsonDocument.Parse(File.ReadAllText(sarif));
        Assert.Equal("2.1.0", log.RootElement.GetProperty("version").GetString());
        Assert.Equal(1, JsonDocument.Parse(File.ReadAllText(json)).RootElement.GetProperty("summary").GetProperty("errors").GetInt32());
    }

    [Fact]
    public void Report_is_never_written_among_the_checked_files()
    {
        var target = repository.FullPath("policies/ecg/system-card.json");
        var before = File.ReadAllText(target);
        var result = CliRunner.Run(repository.Root, "validate", "--format", $"json={target}");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("will not write", result.Error);
        Assert.Equal(before, File.ReadAllText(target));
    }

    [Theory]
    [InlineData("--format", "yaml")]
    [InlineData("--fail-on", "fatal")]
    [InlineData("--today", "25/11/2026")]
    [InlineData("--jobs", "0")]
    [InlineData("--jobs", "many")]
    [InlineData("--no-such-option")]
    public void Usage_errors_exit_2(params string[] extra)
    {
        var result = CliRunner.Run(repository.Root, ["validate", .. extra]);
        Assert.Equal(2, result.ExitCode);
        Assert.NotEmpty(result.Error);
        Assert.DoesNotContain("   at ", result.Error); // no stack trace
    }

    [Fact]
    public void Missing_path_exits_2()
    {
        var result = CliRunner.Run(repository.Root, "validate", "policies/nothing-here");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("does not exist", result.Error);
    }

    [Fact]
    public void Broken_schema_set_exits_2_with_a_message()
    {
        repository.Write("schemas/dpia.schema.json", "{ not json");
        var result = CliRunner.Run(repository.Root, "validate");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("schema", result.Error);
        Assert.DoesNotContain("   at ", result.Error);
    }

    [Fact]
    public void Today_option_moves_the_date_approvals_are_judged_on()
    {
        var hash = repository.HashOf("policies/ecg/system-card.json");
        repository.Artefact("approvals/a.json", Artefacts.Approval("apr", "SystemCard", "ecg-assist", hash, ("Dr Paul Henry", "medical-lead")));
        Assert.Equal(0, CliRunner.Run(repository.Root, "validate").ExitCode);
        var later = CliRunner.Run(repository.Root, "validate", "--today", "2027-12-01");
        Assert.Equal(1, later.ExitCode);
        Assert.Contains("XR-APP-04", later.Out);
    }

    [Fact]
    public void Schema_option_validates_any_json_against_any_schema()
    {
        repository.Write("data/schema.json", """{"$schema":"https://json-schema.org/draft/2020-12/schema","type":"object","required":["name"],"properties":{"age":{"type":"integer"}}}""");
        repository.Write("data/ok.json", """{"name":"a","age":3}""");
        repository.Write("data/bad.json", "{\n  \"age\": \"three\"\n}");
        var result = CliRunner.Run(repository.Root, "validate", "--schema", "data/schema.json", "data/ok.json", "data/bad.json");
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("data/bad.json(1,1): error SCHEMA-01", result.Out);
        Assert.Contains("data/bad.json(2,10): error SCHEMA-01", result.Out);
        Assert.DoesNotContain("data/ok.json", result.Out);
    }

    [Fact]
    public void Schema_option_locates_like_validate_an_extra_property_at_its_name_and_the_keyword_in_the_schema()
    {
        repository.Write("data/schema.json", "{\n  \"$schema\": \"https://json-schema.org/draft/2020-12/schema\",\n  \"type\": \"object\",\n  \"additionalProperties\": false\n}");
        repository.Write("data/extra.json", "{\n  \"nmae\": \"a\"\n}");
        var result = CliRunner.Run(repository.Root, "validate", "--schema", "data/schema.json", "data/extra.json");
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("data/extra.json(2,3): error SCHEMA-01", result.Out);
        Assert.Contains("see data/schema.json(4,3): schema keyword /additionalProperties", result.Out);
        Assert.Contains("in 1 file (1 artefact checked)", result.Out);
    }

    [Fact]
    public void Schema_option_refuses_a_schema_that_is_not_strict_json_and_says_where()
    {
        repository.Write("data/schema.json", "{\n  \"type\": \"object\",\n}");
        repository.Write("data/a.json", "{}");
        var result = CliRunner.Run(repository.Root, "validate", "--schema", "data/schema.json", "data/a.json");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("data/schema.json:3:1: the schema is not valid JSON", result.Error);
    }

    [Fact]
    public void Schema_option_leaves_out_a_broken_json_file_beside_the_schema_and_reports_it_as_an_input()
    {
        repository.Write("data/schema.json", """{"$schema":"https://json-schema.org/draft/2020-12/schema","type":"object"}""");
        repository.Write("data/broken.json", "{ \"a\": 1,, }");
        var result = CliRunner.Run(repository.Root, "validate", "--schema", "data/schema.json", "data/broken.json");
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("data/broken.json(1,10): error JSON-01", result.Out);
    }
}
