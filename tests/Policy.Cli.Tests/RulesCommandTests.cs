using System.Text.Json;
using Policy.Core.Validation;

namespace Policy.Cli.Tests;

public sealed class RulesCommandTests
{
    [Fact]
    public void Json_lists_every_rule_with_its_fields()
    {
        var result = CliRunner.Run(Directory.GetCurrentDirectory(), "rules", "--format", "json");
        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Out);
        var ids = json.RootElement.GetProperty("rules").EnumerateArray().Select(r => r.GetProperty("id").GetString()).ToList();
        Assert.Equal(RepositoryRules.Catalog.All.Select(r => r.Id), ids);
        Assert.Contains("XR-APP-01", ids);
        var first = json.RootElement.GetProperty("rules")[0];
        foreach (var field in new[] { "severity", "family", "source", "summary", "docs" })
        {
            Assert.False(string.IsNullOrWhiteSpace(first.GetProperty(field).GetString()), field);
        }
    }

    [Fact]
    public void Text_lists_rules_by_family()
    {
        var result = CliRunner.Run(Directory.GetCurrentDirectory(), "rules");
        Assert.Contains("approvals:", result.Out);
        Assert.Contains("XR-APP-03", result.Out);
    }

    [Fact]
    public void Explain_prints_the_docs_page()
    {
        var result = CliRunner.Run(Directory.GetCurrentDirectory(), "explain", "xr-app-01");
        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("# XR-APP-01:", result.Out);
        Assert.Contains("## Failing example", result.Out);
    }

    [Fact]
    public void Explain_of_an_unknown_rule_exits_2_with_suggestions()
    {
        var result = CliRunner.Run(Directory.GetCurrentDirectory(), "explain", "XR-APP-99");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("XR-APP-01", result.Error);
    }
}
