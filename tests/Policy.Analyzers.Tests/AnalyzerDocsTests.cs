// Every HP diagnostic has its page at docs/analyzers/ID.md, the address its help link names, in the
// page format the validator's rule pages keep, naming the analyzer's code and test files, which exist.
using Policy.Analyzers.Diagnostics;
using Policy.Analyzers.Tests.Infrastructure;
using Policy.Core.Tests;
using Policy.Core.Tests.Docs;

namespace Policy.Analyzers.Tests;

public class AnalyzerDocsTests
{
    private static string Folder => Path.Combine(TestPaths.RepositoryRoot, "docs", "analyzers");

    public static TheoryData<string> Ids() => new(DiagnosticIds());

    private static IEnumerable<string> DiagnosticIds() =>
        AllAnalyzers.Create().SelectMany(a => a.SupportedDiagnostics).Select(d => d.Id).OrderBy(id => id, StringComparer.Ordinal);

    [Theory]
    [MemberData(nameof(Ids))]
    public void Diagnostic_has_a_complete_docs_page(string id)
    {
        var descriptor = AllAnalyzers.Create().SelectMany(a => a.SupportedDiagnostics).Single(d => d.Id == id);
        var path = Path.Combine(Folder, id + ".md");
        Assert.True(File.Exists(path), $"docs/analyzers/{id}.md is missing");
        Assert.Equal(Descriptors.HelpBase + id + ".md", descriptor.HelpLinkUri);

        var page = DocsPage.Read(path, id);
        Assert.Empty(page.FormatProblems(TestPaths.RepositoryRoot));
        Assert.Equal(descriptor.Title.ToString(), page.Summary);
        Assert.StartsWith($"Severity: {descriptor.DefaultSeverity} · Family: {descriptor.Category} · Source: ", page.HeaderLine, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_page_belongs_to_a_diagnostic()
    {
        var ids = DiagnosticIds().ToHashSet(StringComparer.Ordinal);
        var pages = Directory.EnumerateFiles(Folder, "HP*.md").Select(Path.GetFileNameWithoutExtension).ToList();
        Assert.NotEmpty(pages);
        Assert.DoesNotContain(pages, page => !ids.Contains(page!));
    }
}
