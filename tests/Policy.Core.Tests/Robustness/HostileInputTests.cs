using System.Text.Json;
using Policy.Core.Catalog;
using Policy.Core.Findings;
using Policy.Core.Formatting;
using Policy.Core.Loading;
using Policy.Core.Model;
using Policy.Core.Validation;
using Policy.JsonSchema;
using Policy.Kernel.Hashing;

namespace Policy.Core.Tests.Robustness;

/// <summary>
/// No input crashes a run, and no check fails on one (TOOL-01): every example artefact, with each hostile
/// value (<see cref="HostileValues"/>) in every value and property name, goes through the whole pipeline
/// (reader, real schemas with their keywords and formats, repository rules, every formatter) and the hash.
/// </summary>
public sealed class HostileInputTests : IDisposable
{
    private static readonly string Examples = Path.Combine(TestPaths.RepositoryRoot, "policies");

    private readonly string root = Path.Combine(Path.GetTempPath(), "policy-tests", Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        try
        {
            Directory.Delete(root, recursive: true);
        }
        catch (IOException)
        {
            // A temporary folder left behind is harmless.
        }
    }

    [Fact]
    public void Every_hostile_value_in_every_artefact_is_reported_never_thrown()
    {
        var artefacts = Directory.EnumerateFiles(Examples, "*.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
            .Select(path => (Relative: Path.GetRelativePath(Examples, path), Text: File.ReadAllText(path))).ToList();
        Directory.CreateDirectory(Path.Combine(root, ".git"));
        var layout = new RepositoryLayout(root, Path.Combine(TestPaths.RepositoryRoot, "schemas"));
        var validator = new PolicyValidator(layout, SchemaCatalog.Load(layout.SchemasDirectory), RepositoryRules.All);
        var values = HostileValues.All;
        var names = HostileValues.Strings;
        var problems = new List<string>();
        var artefactsRuleSaw = 0;

        // Round r gives file i value (i + r) and name (i + 2r): over the rounds every file meets every value,
        // and each run mixes hostile files of every kind, so cross-file rules read them together.
        for (var round = 0; round < values.Count; round++)
        {
            var policies = Path.Combine(root, "policies");
            if (Directory.Exists(policies))
            {
                Directory.Delete(policies, recursive: true);
            }

            for (var i = 0; i < artefacts.Count; i++)
            {
                var value = values[(i + round) % values.Count];
                var name = (i + round) % 3 == 0 ? null : names[(i + (2 * round)) % names.Length];
                var text = HostileValues.Into(artefacts[i].Text, value, name);
                var path = Path.Combine(policies, artefacts[i].Relative);
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                File.WriteAllText(path, text);
                problems.AddRange(HashProblems(text).Select(p => $"{artefacts[i].Relative} with {Short(value)}: {p}"));
            }

            var report = validator.Validate([policies], new ValidationSettings { Today = new DateTime(2026, 11, 25), MaxParallelism = 2 });
            artefactsRuleSaw += report.ArtefactsChecked;
            problems.AddRange(report.Findings.Where(f => f.Rule == ToolRules.RuleFailed.Id).Select(f => $"round {round}: {f.File}: {f.Message}"));
            problems.AddRange(FormatterProblems(report).Select(p => $"round {round}: {p}"));
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems.Take(20)));
        Assert.True(artefactsRuleSaw > artefacts.Count * values.Count / 3, $"the rules saw only {artefactsRuleSaw} hostile artefacts");
    }

    [Theory]
    [InlineData("\"\\ud800\"", "JSON-05")]
    [InlineData("\"\\udc00 trail\"", "JSON-05")]
    [InlineData("1e400", "JSON-05")]
    public void A_lone_surrogate_or_a_number_no_double_holds_is_one_located_finding_and_the_other_files_are_checked(string value, string rule)
    {
        var policies = Path.Combine(root, "policies");
        Directory.CreateDirectory(Path.Combine(root, ".git"));
        CopyExamples(policies);
        var card = Path.Combine(policies, "systems", "ecg-assist", "system-card.json");
        File.WriteAllText(card, File.ReadAllText(card).Replace("\"title\": \"", "\"title\": " + value + ", \"x-was-title\": \"", StringComparison.Ordinal));

        var layout = new RepositoryLayout(root, Path.Combine(TestPaths.RepositoryRoot, "schemas"));
        var report = new PolicyValidator(layout, SchemaCatalog.Load(layout.SchemasDirectory), RepositoryRules.All)
            .Validate([policies], new ValidationSettings { Today = new DateTime(2026, 11, 25) });

        var finding = Assert.Single(report.Findings, f => f.Rule == rule);
        Assert.Equal("policies/systems/ecg-assist/system-card.json", finding.File);
        Assert.DoesNotContain(report.Findings, f => f.Rule == ToolRules.RuleFailed.Id);
        Assert.True(report.ArtefactsChecked >= report.FilesChecked - 1, $"{report.ArtefactsChecked} of {report.FilesChecked} files were checked as artefacts");
    }

    private void CopyExamples(string policies)
    {
        foreach (var path in Directory.EnumerateFiles(Examples, "*.json", SearchOption.AllDirectories))
        {
            var target = Path.Combine(policies, Path.GetRelativePath(Examples, path));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(path, target);
        }
    }

    /// <summary>`policy hash` parses strictly and canonicalises: refusing is fine, any other exception is not.</summary>
    private static IEnumerable<string> HashProblems(string text)
    {
        try
        {
            TextContentHash.Of(text);
        }
        catch (Exception error) when (error is JsonSourceException or JsonCanonicalizationException)
        {
            return [];
        }
        catch (Exception error)
        {
            return [$"hash threw {error.GetType().Name}: {error.Message}"];
        }

        return [];
    }

    private static IEnumerable<string> FormatterProblems(ValidationReport report)
    {
        var tool = new ToolInfo("policy", "0.0.0-test", new Uri("https://git.example/org/repo/blob/main/docs/rules/"));
        var problems = new List<string>();
        foreach (var name in ReportFormatters.Names)
        {
            try
            {
                var writer = new StringWriter();
                ReportFormatters.Create(name, tool)!.Write(report, writer);
                if (name is "json" or "sarif" && !IsJson(writer.ToString()))
                {
                    problems.Add($"formatter {name} wrote text that is not JSON");
                }
            }
            catch (Exception error)
            {
                problems.Add($"formatter {name} threw {error.GetType().Name}: {error.Message}");
            }
        }

        return problems;
    }

    private static bool IsJson(string text)
    {
        try
        {
            using var _ = JsonDocument.Parse(text);
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private static string Short(string value) => value.Length > 24 ? value[..24] + "…" : value;
}
