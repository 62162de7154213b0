using Policy.Core.Findings;
using Policy.Core.Validation;

namespace Policy.Core.Tests.Rules.Docs;

/// <summary>Each rule of these families has its docs page, whose header agrees with the descriptor (`policy explain` prints it).</summary>
public sealed class RuleDocsTests
{
    private static readonly string[] Families = ["systemcard", "notice", "incidents", "register"];

    private static IEnumerable<string> FamilyIds() =>
        RepositoryRules.All.SelectMany(r => r.Descriptors).Where(d => Families.Contains(d.Family)).Select(d => d.Id);

    public static TheoryData<string> Ids() => new(FamilyIds());

    [Fact]
    public void Every_id_of_these_families_is_registered()
    {
        var ids = FamilyIds().ToList();
        var expected = Enumerable.Range(1, 11).Select(i => $"XR-SC-{i:00}")
            .Concat(Enumerable.Range(1, 5).Select(i => $"XR-PN-0{i}"))
            .Concat(Enumerable.Range(1, 7).Select(i => $"XR-INC-0{i}"))
            .Append("XR-REG-01");
        Assert.Equal(expected.Order(), ids.Order());
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Docs_page_exists_with_the_descriptor_header(string id)
    {
        var rule = RepositoryRules.Catalog.All.Single(d => d.Id == id);
        var path = Path.Combine(TestPaths.RepositoryRoot, "docs", "rules", id + ".md");
        Assert.True(File.Exists(path), $"{rule.DocsPath} is missing");
        var lines = File.ReadAllLines(path);
        Assert.Equal($"# {id}: {rule.Summary}", lines[0]);
        Assert.StartsWith($"Severity: {rule.DefaultSeverity.ToName()}", lines[1], StringComparison.Ordinal);
        Assert.Contains($"Family: {rule.Family} · Source: {rule.Source}", lines[1], StringComparison.Ordinal);
        foreach (var section in new[] { "## What it checks", "## Why", "## Failing example", "## Passing example", "## Configure or suppress" })
        {
            Assert.Contains(section, lines);
        }
    }
}
