using System.Text;
using System.Text.Json.Nodes;
using Policy.Core.Tests.Fixtures;

namespace Policy.Core.Tests.Loading;

/// <summary>Every kind of bad input gets its own located finding, and the good file beside it is still checked.</summary>
public sealed class BadInputTests : IDisposable
{
    private readonly TestRepository repository = new();

    public BadInputTests()
    {
        repository.Artefact("good/system-card.json", Artefacts.SystemCard("ecg-assist", "health.observation"));
    }

    public void Dispose() => repository.Dispose();

    [Fact]
    public void Syntax_error_is_located_at_the_bad_token()
    {
        repository.Write("policies/bad.json", "{\n  \"kind\": \"SystemCard\",\n  \"id\": oops\n}");
        var finding = repository.Validate().Single("JSON-01");
        Assert.Equal(("policies/bad.json", 3), (finding.File, finding.Line));
        Assert.Equal(9, finding.Column);
        AssertGoodFileStillChecked();
    }

    [Fact]
    public void Duplicate_key_is_located_at_the_second_name()
    {
        repository.Write("policies/dup.json", "{\n  \"kind\": \"SystemCard\",\n  \"kind\": \"Dpia\"\n}");
        var finding = repository.Validate().Single("JSON-02");
        Assert.Equal((3, 3), (finding.Line, finding.Column));
        Assert.Contains("\"kind\"", finding.Message);
        AssertGoodFileStillChecked();
    }

    [Fact]
    public void Invalid_utf8_and_byte_order_mark_are_encoding_findings()
    {
        repository.WriteBytes("policies/latin1.json", [.. "{\"kind\": \"Dpia\", \"title\": \"Donn"u8, 0xE9, .. "es\"}"u8]);
        repository.WriteBytes("policies/bom.json", [0xEF, 0xBB, 0xBF, .. "{\"kind\": \"Dpia\"}"u8]);
        var findings = repository.Validate().Findings.Where(f => f.Rule == "JSON-03").ToList();
        Assert.Equal(["policies/bom.json", "policies/latin1.json"], findings.Select(f => f.File));
        Assert.Contains("byte-order mark", findings[0].Message);
        Assert.Contains("0xE9", findings[1].Message);
        AssertGoodFileStillChecked();
    }

    [Fact]
    public void Nesting_over_the_limit_is_reported_not_a_stack_overflow()
    {
        var deep = new StringBuilder("{\"kind\": \"Dpia\", \"x\": ");
        deep.Append('[', 5000).Append(']', 5000).Append('}');
        repository.Write("policies/deep.json", deep.ToString());
        Assert.Contains("deeper", repository.Validate().Single("JSON-04").Message);
        AssertGoodFileStillChecked();
    }

    [Fact]
    public void File_over_the_size_limit_is_not_read()
    {
        repository.Write("policies/huge.json", "{\"kind\": \"Dpia\", \"pad\": \"" + new string('x', 5 * 1024 * 1024) + "\"}");
        Assert.Contains("over the limit", repository.Validate().Single("FILE-01").Message);
        AssertGoodFileStillChecked();
    }

    [Fact]
    public void Binary_file_is_a_finding()
    {
        repository.WriteBytes("policies/image.json", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00]);
        var report = repository.Validate();
        Assert.Contains(report.Findings, f => f.File == "policies/image.json" && f.Rule.StartsWith("JSON-", StringComparison.Ordinal));
        AssertGoodFileStillChecked();
    }

    [Fact]
    public void Missing_and_unknown_kind_are_findings()
    {
        repository.Write("policies/no-kind.json", "{\"id\": \"x\"}");
        repository.Write("policies/array.json", "[1, 2]");
        repository.Artefact("unknown.json", new JsonObject { ["kind"] = "ModelCard", ["id"] = "m" });
        var report = repository.Validate();
        Assert.Equal(["policies/array.json", "policies/no-kind.json"], report.Findings.Where(f => f.Rule == "KIND-01").Select(f => f.File));
        var unknown = report.Single("KIND-02");
        Assert.Equal(("policies/unknown.json", "/kind"), (unknown.File, unknown.Pointer));
        Assert.Contains("SystemCard", unknown.Message);
        AssertGoodFileStillChecked();
    }

    [Fact]
    public void Link_outside_the_repository_is_reported_and_not_followed()
    {
        var outside = Path.Combine(Path.GetTempPath(), "policy-tests", "outside-" + Guid.NewGuid().ToString("N") + ".json");
        File.WriteAllText(outside, "{\"kind\": \"SystemCard\", \"id\": \"secret\"}");
        try
        {
            File.CreateSymbolicLink(repository.FullPath("policies/link.json"), outside);
            Directory.CreateSymbolicLink(repository.FullPath("policies/linked-dir"), Path.GetDirectoryName(outside)!);
            var report = repository.Validate();
            Assert.Equal(["policies/link.json", "policies/linked-dir"], report.Findings.Where(f => f.Rule == "FILE-03").Select(f => f.File));
            Assert.DoesNotContain(report.Findings, f => f.Message.Contains("secret", StringComparison.Ordinal));
            AssertGoodFileStillChecked();
        }
        finally
        {
            File.Delete(outside);
        }
    }

    [Fact]
    public void Unreadable_file_is_a_finding()
    {
        // A dangling link inside the repository: listed, but cannot be read.
        File.CreateSymbolicLink(repository.FullPath("policies/gone.json"), repository.FullPath("policies/missing-target.json"));
        Assert.Equal("policies/gone.json", repository.Validate().Single("FILE-02").File);
        AssertGoodFileStillChecked();
    }

    [Fact]
    public void Declared_schema_that_disagrees_with_the_kind_is_flagged()
    {
        repository.Write("policies/mismatch.json", "{\n  \"$schema\": \"../schemas/dpia.schema.json\",\n  \"kind\": \"SystemCard\",\n  \"id\": \"other\"\n}");
        var finding = repository.Validate().Single("SCHEMA-02");
        Assert.Equal(("policies/mismatch.json", 2, "/$schema"), (finding.File, finding.Line, finding.Pointer));
        Assert.Contains("../schemas/system-card.schema.json", finding.Message);
    }

    [Fact]
    public void Declared_schema_given_as_its_id_is_accepted()
    {
        repository.Write("policies/by-id.json", "{\"$schema\": \"https://policy-as-code.example/schemas/system-card.schema.json\", \"kind\": \"SystemCard\", \"id\": \"other\"}");
        repository.Validate().None("SCHEMA-02");
    }

    private void AssertGoodFileStillChecked()
    {
        var report = repository.Validate();
        Assert.DoesNotContain(report.Findings, f => f.File.StartsWith("policies/good/", StringComparison.Ordinal));
        Assert.True(report.ArtefactsChecked >= 1, "the good artefact was not loaded");
    }
}
