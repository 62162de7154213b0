using System.Text;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using Policy.Analyzers.Policies;
using Policy.Analyzers.Tests.Infrastructure;
using Policy.Core.Tests;
using Policy.Core.Tests.Robustness;

namespace Policy.Analyzers.Tests.Kernel;

/// <summary>
/// The analyzers' side of "no input crashes": every example artefact with each hostile value
/// (tests/Policy.Core.Tests/Robustness/HostileValues.cs) in every value and property name goes through
/// the compiler's decoding, the embedded reader, the kernel's hash and approval evaluation, and the analyzers.
/// </summary>
public sealed class HostileInputTests
{
    private static readonly string Examples = Path.Combine(TestPaths.RepositoryRoot, "policies");

    private static readonly string VendorCode = File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot, "analyzers", "samples", "VendorApp", "Violations", "HP001SendsEcgWithoutDataFlow.cs"));

    [Fact]
    public void The_reader_and_the_approval_register_never_throw()
    {
        var artefacts = ExampleArtefacts();
        var values = HostileValues.All;
        var read = 0;
        for (var round = 0; round < values.Count; round++)
        {
            var files = Round(artefacts, round).Select(file =>
            {
                using var stream = new MemoryStream(Encoding.UTF8.GetBytes(file.Text));
                var text = SourceText.From(stream);
                return new PolicyFile(file.Path, text, PolicyDocument.Read(text));
            }).ToList();
            read += files.Count(f => f.Document.Root is not null);
            var index = new PolicyIndex(files, PolicyOptions.Read(NoOptions.Instance, new DateTime(2026, 11, 25)));
            foreach (var artefact in index.Artefacts)
            {
                _ = index.ApprovalOf(artefact);
            }
        }

        Assert.True(read > artefacts.Count * values.Count / 3, $"only {read} hostile files were read");
    }

    [Fact]
    public async Task No_analyzer_throws_on_a_hostile_policy_repository()
    {
        var artefacts = ExampleArtefacts();
        foreach (var round in new[] { 0, 7, 15 })
        {
            var repo = new PolicyRepo();
            foreach (var file in Round(artefacts, round))
            {
                repo.Raw(file.Path, file.Text);
            }

            var diagnostics = await DirectRun.RunAsync(AllAnalyzers.Create(), [VendorCode], repo);
            Assert.DoesNotContain(diagnostics, d => d.Id == "AD0001");
        }
    }

    private static List<(string Path, string Text)> ExampleArtefacts() =>
        Directory.EnumerateFiles(Examples, "*.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
            .Select(path => ("policies/" + Path.GetRelativePath(Examples, path).Replace('\\', '/'), File.ReadAllText(path))).ToList();

    /// <summary>As in the CLI's test: file i gets value (i + round) and, two times in three, name (i + 2 round).</summary>
    private static IEnumerable<(string Path, string Text)> Round(List<(string Path, string Text)> artefacts, int round) =>
        artefacts.Select((file, i) => (file.Path, HostileValues.Into(
            file.Text,
            HostileValues.All[(i + round) % HostileValues.All.Count],
            (i + round) % 3 == 0 ? null : HostileValues.Strings[(i + (2 * round)) % HostileValues.Strings.Length])));

    private sealed class NoOptions : AnalyzerConfigOptions
    {
        public static readonly NoOptions Instance = new();

        public override bool TryGetValue(string key, out string value)
        {
            value = null!;
            return false;
        }
    }
}
