using Policy.Core.Findings;
using Policy.Core.Validation;

namespace Policy.Core.Tests.Rules;

/// <summary>
/// Every oversight and data-flow rule is registered and has its docs page (docs/rules/ID.md) whose
/// header agrees with the descriptor, since `policy explain` prints that page.
/// </summary>
public sealed class OversightAndDataflowDocsTests
{
    private static readonly string[] Ids =
        [.. Enumerable.Range(1, 6).Select(n => $"XR-HO-0{n}"), .. Enumerable.Range(1, 10).Select(n => $"XR-DF-{n:00}")];

    public static TheoryData<string> AllIds => [.. Ids];

    [Theory]
    [MemberData(nameof(AllIds))]
    public void Rule_is_registered_with_its_docs_page(string id)
    {
        Assert.True(RepositoryRules.Catalog.TryGet(id, out var rule), $"{id} is not in RepositoryRules.All");
        var page = Path.Combine(TestPaths.RepositoryRoot, rule.DocsPath);
        Assert.True(File.Exists(page), $"{rule.DocsPath} is missing");
        var lines = File.ReadAllLines(page);
        Assert.StartsWith($"# {id}: ", lines[0], StringComparison.Ordinal);
        Assert.Contains($"Family: {rule.Family} ·", lines[2], StringComparison.Ordinal);
        Assert.StartsWith($"Severity: {rule.DefaultSeverity.ToName()}", lines[2], StringComparison.Ordinal);
        foreach (var section in new[] { "## What it checks", "## Why", "## Failing example", "## Passing example", "## Configure or suppress" })
        {
            Assert.Contains(section, lines);
        }
    }
}
