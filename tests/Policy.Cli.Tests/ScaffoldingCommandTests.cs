using Policy.Core.Tests;

namespace Policy.Cli.Tests;

/// <summary>`policy new` writes a schema-valid skeleton of every kind; `policy init` makes a repository that validates with no error.</summary>
public sealed class ScaffoldingCommandTests : IDisposable
{
    private static readonly string[] Kinds = ["Governance", "SystemCard", "Dpia", "HumanOversight", "DataFlow", "PatientNotice", "Incident", "EthicsAssessment", "Approval"];
    private readonly string root = Path.Combine(Path.GetTempPath(), "policy-scaffold-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(root))
        {
            Directory.Delete(root, recursive: true);
        }
    }

    private static CliRunner.Result Run(string currentDirectory, params string[] args) =>
        CliRunner.RunWithShippedSchemas(Path.Combine(TestPaths.RepositoryRoot, "schemas"), currentDirectory, args);

    [Fact]
    public void Skeleton_of_every_kind_is_schema_valid_and_marked()
    {
        Directory.CreateDirectory(Path.Combine(root, ".git"));
        foreach (var kind in Kinds)
        {
            var created = Run(root, "new", kind, "--system", "demo-system");
            Assert.True(created.ExitCode == 0, created.Error);
        }

        var result = Run(root, "validate", "--format", "json");
        var findings = System.Text.Json.JsonDocument.Parse(result.Out).RootElement.GetProperty("findings").EnumerateArray().ToList();
        var input = findings.Where(f => f.GetProperty("rule").GetString() is { } rule && (rule.StartsWith("SCHEMA", StringComparison.Ordinal) || rule.StartsWith("JSON", StringComparison.Ordinal) || rule.StartsWith("KIND", StringComparison.Ordinal))).ToList();
        Assert.True(input.Count == 0, string.Join("\n", input.Select(f => f.GetProperty("message").GetString())));
        var drafts = findings.Where(f => f.GetProperty("rule").GetString() == "XR-DRAFT-01").Select(f => f.GetProperty("file").GetString()).Distinct().Count();
        Assert.Equal(Kinds.Length, drafts); // every skeleton has markers
        Assert.True(File.Exists(Path.Combine(root, "policies", "systems", "demo-system", "ethics-assessment.json")));
    }

    [Fact]
    public void New_never_writes_over_a_file()
    {
        Directory.CreateDirectory(Path.Combine(root, ".git"));
        Assert.Equal(0, Run(root, "new", "Dpia", "--system", "demo").ExitCode);
        var path = Path.Combine(root, "policies", "systems", "demo", "dpia.json");
        File.WriteAllText(path, "mine");
        var again = Run(root, "new", "Dpia", "--system", "demo");
        Assert.Equal(ExitCodes.UsageOrIoError, again.ExitCode);
        Assert.Contains("already exists", again.Error);
        Assert.Equal("mine", File.ReadAllText(path));
    }

    [Fact]
    public void New_needs_a_known_kind_and_a_system()
    {
        Directory.CreateDirectory(Path.Combine(root, ".git"));
        Assert.Contains("unknown kind 'Contract'", Run(root, "new", "Contract", "--system", "demo").Error);
        Assert.Contains("give its id with --system", Run(root, "new", "Dpia").Error);
        Assert.Contains("kebab-case", Run(root, "new", "Dpia", "--system", "../x").Error);
    }

    [Fact]
    public void Init_then_validate_gives_no_error_only_draft_warnings()
    {
        var repository = Path.Combine(root, "hospital");
        var init = Run(root, "init", repository);
        Assert.True(init.ExitCode == 0, init.Error);
        foreach (var file in new[] { "policies/governance.json", "schemas/system-card.schema.json", ".github/workflows/policy.yml", ".github/CODEOWNERS", ".vscode/settings.json", "README.md" })
        {
            Assert.True(File.Exists(Path.Combine(repository, file)), file);
        }

        Assert.Contains("uses: OWNER/policy-as-code/.github/actions/policy@main", File.ReadAllText(Path.Combine(repository, ".github/workflows/policy.yml")));
        Assert.Contains("\"url\": \"./schemas/ethics-assessment.schema.json\"", File.ReadAllText(Path.Combine(repository, ".vscode/settings.json")));

        var result = Run(root, "validate", "--root", repository, Path.Combine(repository, "policies"), "--format", "json");
        Assert.True(result.ExitCode == 0, result.Out);
        var rules = System.Text.Json.JsonDocument.Parse(result.Out).RootElement.GetProperty("findings").EnumerateArray()
            .Select(f => (Rule: f.GetProperty("rule").GetString(), Severity: f.GetProperty("severity").GetString())).ToList();
        Assert.NotEmpty(rules);
        Assert.All(rules, f => Assert.Equal("warning", f.Severity));
        Assert.Equal(["XR-DRAFT-01", "XR-GOV-01"], rules.Select(f => f.Rule).Distinct().Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Init_refuses_a_folder_that_is_not_empty()
    {
        Directory.CreateDirectory(root);
        File.WriteAllText(Path.Combine(root, "notes.txt"), "mine");
        var result = Run(root, "init", root);
        Assert.Equal(ExitCodes.UsageOrIoError, result.ExitCode);
        Assert.Contains("is not empty", result.Error);
        Assert.Single(Directory.EnumerateFileSystemEntries(root));
    }
}
