// The analyzers never throw (no AD0001): every C# snippet written in these tests, with and without
// its markup, complete or not, is run through all analyzers with a policy repository of every kind.
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Policy.Analyzers.Tests.Infrastructure;

namespace Policy.Analyzers.Tests;

public class NeverThrowsTests
{
    [Fact]
    public void Every_rule_has_exactly_one_analyzer()
    {
        var analyzers = AllAnalyzers.Create();
        var ids = analyzers.SelectMany(a => a.SupportedDiagnostics).Select(d => d.Id).OrderBy(i => i, StringComparer.Ordinal).ToList();
        Assert.Equal(Enumerable.Range(1, 9).Select(i => $"HP00{i}"), ids);
        Assert.All(analyzers, a => Assert.Single(a.SupportedDiagnostics));
    }

    [Fact]
    public async Task No_analyzer_throws_on_any_test_source()
    {
        var snippets = TestSnippets().ToList();
        Assert.True(snippets.Count > 40, $"only {snippets.Count} snippets found");
        var repo = new PolicyRepo()
            .SystemCard("ecg-assist")
            .DataFlow("df-cloud", new[] { "health.observation" }, new[] { "*.hds.example" })
            .DataFlow("df-ecg-cloud", new[] { "health.record" }, approval: ApprovalState.Stale)
            .HumanOversight("ho-triage", new[] { ("triage", true, "none") })
            .Governance("\"approvalMatrix\": [ { \"kind\": \"DataFlow\", \"requiredRoles\": [\"dpo\"] } ], \"policies\": { \"approvalGraceAfterReviewDue\": \"P2M\" }")
            .Raw("broken.json", "{ \"kind\": \"DataFlow\", ");

        var failures = new List<string>();
        foreach (var snippet in snippets)
        {
            var diagnostics = await DirectRun.RunAsync(AllAnalyzers.Create(), new[] { snippet }, repo);
            failures.AddRange(diagnostics.Where(d => d.Id == "AD0001").Select(d => d.GetMessage() + "\n--- in ---\n" + snippet));
        }

        Assert.Empty(failures);
    }

    [Fact]
    public async Task No_analyzer_throws_on_the_repository_sources()
    {
        var root = Policy.Core.Tests.TestPaths.RepositoryRoot;
        var sources = new[] { "analyzers", "tools", "tests" }
            .Select(folder => Path.Combine(root, folder))
            .Where(Directory.Exists)
            .SelectMany(folder => Directory.EnumerateFiles(folder, "*.cs", SearchOption.AllDirectories))
            .Where(path => !path.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !path.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .OrderBy(path => path, StringComparer.Ordinal)
            .Select(File.ReadAllText)
            .ToArray();
        Assert.NotEmpty(sources);
        var diagnostics = await DirectRun.RunAsync(AllAnalyzers.Create(), sources, new PolicyRepo().SystemCard("ecg-assist"));
        Assert.DoesNotContain(diagnostics, d => d.Id == "AD0001");
    }

    [Fact]
    public async Task The_sweep_would_see_an_analyzer_exception()
    {
        var diagnostics = await DirectRun.RunAsync(new[] { new ThrowingAnalyzer() }, new[] { "class C { }" }, null);
        Assert.Contains(diagnostics, d => d.Id == "AD0001");
    }

#pragma warning disable RS1036, RS2008 // a deliberately broken analyzer that only this test loads
    [Microsoft.CodeAnalysis.Diagnostics.DiagnosticAnalyzer(LanguageNames.CSharp)]
    private sealed class ThrowingAnalyzer : Microsoft.CodeAnalysis.Diagnostics.DiagnosticAnalyzer
    {
        private static readonly DiagnosticDescriptor Rule = new("TEST1", "t", "t", "t", DiagnosticSeverity.Warning, true);

        public override System.Collections.Immutable.ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => System.Collections.Immutable.ImmutableArray.Create(Rule);

        public override void Initialize(Microsoft.CodeAnalysis.Diagnostics.AnalysisContext context)
        {
            context.ConfigureGeneratedCodeAnalysis(Microsoft.CodeAnalysis.Diagnostics.GeneratedCodeAnalysisFlags.None);
            context.EnableConcurrentExecution();
            context.RegisterSymbolAction(_ => throw new InvalidOperationException("boom"), SymbolKind.NamedType);
        }
    }
#pragma warning restore RS1036, RS2008

    /// <summary>Raw string literals of the test files, markup removed, with the usual usings when they have none.</summary>
    private static IEnumerable<string> TestSnippets()
    {
        // Found from the test binary, not [CallerFilePath]: CI builds map source paths to /_/.
        var folder = Path.Combine(Policy.Core.Tests.TestPaths.RepositoryRoot, "tests", "Policy.Analyzers.Tests");
        foreach (var file in Directory.EnumerateFiles(Path.Combine(folder, "Rules"), "*.cs"))
        {
            var root = CSharpSyntaxTree.ParseText(File.ReadAllText(file)).GetRoot();
            foreach (var literal in root.DescendantNodes().OfType<LiteralExpressionSyntax>().Where(l => l.Token.IsKind(SyntaxKind.MultiLineRawStringLiteralToken)))
            {
                var text = Regex.Replace(literal.Token.ValueText, @"\{\|[^:]*:|\|\}", string.Empty);
                yield return text.Contains("using ", StringComparison.Ordinal) ? text : TestSources.Usings + text;
            }

            foreach (var interpolated in root.DescendantNodes().OfType<InterpolatedStringExpressionSyntax>().Where(s => s.StringStartToken.Text.Contains("\"\"\"", StringComparison.Ordinal)))
            {
                // Holes become a plausible argument, so the rest of the snippet still parses.
                var text = string.Concat(interpolated.Contents.Select(c => c is InterpolatedStringTextSyntax t ? t.TextToken.ValueText : "x"));
                yield return TestSources.Usings + Regex.Replace(text, @"\{\|[^:]*:|\|\}", string.Empty);
            }
        }
    }
}
