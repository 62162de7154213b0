using System.Text.Json;
using Policy.Core.Tests;

namespace Policy.Cli.Tests;

/// <summary>`policy inventory` on the example repository: its six systems in every format, approved on the test date.</summary>
public sealed class InventoryCommandTests : IDisposable
{
    private static readonly string[] Systems = ["coding-assist", "consult-scribe", "ecg-assist", "mammo-screen", "pharma-stock-forecast", "triage-orientation"];
    private readonly string output = Path.Combine(Path.GetTempPath(), "policy-inventory-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(output))
        {
            Directory.Delete(output, recursive: true);
        }
    }

    private static CliRunner.Result Inventory(params string[] args) => CliRunner.Run(TestPaths.RepositoryRoot, ["inventory", "--root", TestPaths.RepositoryRoot, .. args]);

    [Fact]
    public void Json_lists_the_six_systems_with_their_approval_states()
    {
        var result = Inventory("--format", "json");
        Assert.True(result.ExitCode == 0, result.Error);
        using var json = JsonDocument.Parse(result.Out);
        var systems = json.RootElement.GetProperty("systems").EnumerateArray().ToList();
        Assert.Equal(Systems, systems.Select(s => s.GetProperty("id").GetString()));
        Assert.All(systems, s => Assert.Equal("approved", s.GetProperty("approvals").GetProperty("id").GetProperty("state").GetString()));
        var ecg = systems.Single(s => s.GetProperty("id").GetString() == "ecg-assist");
        Assert.Equal("high-risk (annex-i-mdr)", ecg.GetProperty("aiActRiskClass").GetString());
        Assert.Equal("approved", ecg.GetProperty("approvals").GetProperty("dpia").GetProperty("state").GetString());
        Assert.Contains("fr", ecg.GetProperty("patientNotice").GetString());
        Assert.StartsWith("energy per use 0.4 Wh (one ECG analysed); carbon 0.18 kg CO2e per year", ecg.GetProperty("environmentalFootprint").GetString());
    }

    [Fact]
    public void Csv_has_a_header_and_one_record_per_system()
    {
        var result = Inventory("--format", "csv");
        Assert.Equal(0, result.ExitCode);
        var firstFields = result.Out.Split("\r\n").Where(l => l.Length > 0).Select(l => l.Split(',')[0]).ToList();
        Assert.Equal("id", firstFields[0]);
        Assert.Equal(Systems, firstFields.Where(Systems.Contains));
    }

    [Fact]
    public void Csv_with_semicolons_and_bom_to_a_file()
    {
        var file = Path.Combine(output, "register.csv");
        var result = Inventory("--format", "csv", "--separator", "semicolon", "--bom", "--out", file);
        Assert.True(result.ExitCode == 0, result.Error);
        var bytes = File.ReadAllBytes(file);
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        Assert.StartsWith("id;system card approval;", System.Text.Encoding.UTF8.GetString(bytes[3..]), StringComparison.Ordinal);
        Assert.Equal(string.Empty, result.Out);
    }

    [Fact]
    public void Markdown_and_html_show_every_system()
    {
        var markdown = Inventory().Out;
        var html = Inventory("--format", "html").Out;
        Assert.All(Systems, id => Assert.Contains($"## {id}", markdown, StringComparison.Ordinal));
        Assert.All(Systems, id => Assert.Contains($"<th scope=\"row\">{id} ", html, StringComparison.Ordinal));
        Assert.Equal(Systems.Length, html.Split("<tr data-risk=").Length - 1);
    }

    [Theory]
    [InlineData("README.md")]
    [InlineData("docs/register.md")]
    public void Register_rows_shown_in_the_docs_are_the_commands_output(string page)
    {
        var markdown = CliRunner.Run(TestPaths.RepositoryRoot, "inventory", "--root", TestPaths.RepositoryRoot, "--today", "2026-11-25").Out.Split('\n');
        var shown = File.ReadAllLines(Path.Combine(TestPaths.RepositoryRoot, page)).Where(l => l.StartsWith("| ", StringComparison.Ordinal) && l.Contains(" [approved] |", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(shown);
        Assert.All(shown, line => Assert.Contains(line, markdown));
    }

    [Fact]
    public void Unknown_format_or_separator_is_a_usage_error()
    {
        var format = Inventory("--format", "xlsx");
        Assert.Equal(ExitCodes.UsageOrIoError, format.ExitCode);
        Assert.Contains("--format must be one of markdown, csv, json, html", format.Error);
        Assert.Equal(ExitCodes.UsageOrIoError, Inventory("--separator", "tab").ExitCode);
    }

    [Fact]
    public void A_file_that_cannot_be_read_is_left_out_and_said()
    {
        var repository = Path.Combine(output, "repository");
        foreach (var folder in new[] { "policies", "schemas" })
        {
            foreach (var file in Directory.EnumerateFiles(Path.Combine(TestPaths.RepositoryRoot, folder), "*", SearchOption.AllDirectories))
            {
                var target = Path.Combine(repository, folder, Path.GetRelativePath(Path.Combine(TestPaths.RepositoryRoot, folder), file));
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Copy(file, target);
            }
        }

        File.WriteAllText(Path.Combine(repository, "policies", "systems", "ecg-assist", "system-card.json"), "{ \"kind\": \"SystemCard\", ");
        var result = CliRunner.Run(repository, "inventory", "--root", repository, "--format", "json");
        Assert.Equal(ExitCodes.Findings, result.ExitCode);
        Assert.Contains("1 file(s) could not be read and are left out", result.Error);
        using var json = JsonDocument.Parse(result.Out);
        Assert.Equal(Systems.Where(s => s != "ecg-assist"), json.RootElement.GetProperty("systems").EnumerateArray().Select(s => s.GetProperty("id").GetString()));
    }

    [Fact]
    public void Refuses_to_write_among_the_policies()
    {
        var result = Inventory("--out", Path.Combine(TestPaths.RepositoryRoot, "policies", "register.md"));
        Assert.Equal(ExitCodes.UsageOrIoError, result.ExitCode);
        Assert.Contains("will not write", result.Error);
        Assert.Contains("among the files being read", result.Error);
        Assert.False(File.Exists(Path.Combine(TestPaths.RepositoryRoot, "policies", "register.md")));
    }
}
