using Policy.Core.Catalog;
using Policy.Core.Findings;
using Policy.Core.Tests.Docs;
using Policy.Core.Validation;

namespace Policy.Core.Tests.Rules;

/// <summary>
/// Every rule the tool can report has its docs page, in the page format (title, Severity/Family/Source
/// line agreeing with the descriptor, the sections in order), naming the rule's code and test files,
/// which exist.
/// </summary>
public sealed class RuleDocsTests
{
    public static TheoryData<string> RuleIds() => new(RepositoryRules.Catalog.All.Select(r => r.Id));

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Rule_has_a_complete_docs_page(string id)
    {
        var text = RuleDocs.Find(id);
        Assert.True(text is not null, $"docs/rules/{id}.md is missing");
        var page = DocsPage.Parse(text, id);
        Assert.Empty(page.FormatProblems(TestPaths.RepositoryRoot));

        var rule = RepositoryRules.Catalog.All.Single(r => r.Id == id);
        Assert.StartsWith($"Severity: {rule.DefaultSeverity.ToName()}", page.HeaderLine, StringComparison.Ordinal);
        Assert.EndsWith($" · Family: {rule.Family} · Source: {rule.Source}", page.HeaderLine, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_docs_page_belongs_to_a_rule()
    {
        var known = RepositoryRules.Catalog.All.Select(r => r.Id).ToHashSet();
        Assert.DoesNotContain(RuleDocs.Ids, id => !known.Contains(id));
    }

    [Fact]
    public void A_page_without_its_code_and_tests_is_incomplete()
    {
        var page = DocsPage.Parse(
            """
            # XR-X-01: A summary.

            Severity: error · Family: x · Source: GDPR Art. 5
            ## What it checks
            ## Why
            ## Failing example
            ## Passing example
            ## Configure or suppress
            ## Code and tests

            - `tools/Policy.Core/Rules/NoSuchRule.cs`
            - `tests/Policy.Core.Tests/Rules/RuleDocsTests.cs`
            """,
            "XR-X-01");
        var problems = page.FormatProblems(TestPaths.RepositoryRoot).ToList();
        Assert.Equal(["'Code and tests' lists tools/Policy.Core/Rules/NoSuchRule.cs, which is not a file of the repository"], problems);

        var untested = DocsPage.Parse(string.Join('\n', page.Lines.Where(l => !l.Contains("tests/", StringComparison.Ordinal)).Select(l => l.Replace("NoSuchRule", "RuleContext", StringComparison.Ordinal))), "XR-X-01");
        Assert.Equal(["'Code and tests' lists no test file under tests/"], untested.FormatProblems(TestPaths.RepositoryRoot));

        var reordered = DocsPage.Parse(string.Join('\n', page.Lines.Where(l => l != "## Why").Append("## Why")), "XR-X-01");
        Assert.Contains(reordered.FormatProblems(TestPaths.RepositoryRoot), p => p.StartsWith("the sections are", StringComparison.Ordinal));
    }
}
