using Policy.Core.Rules;

namespace Policy.Core.Tests.Rules;

/// <summary>Every rule the tool can report has its docs page, with the sections a reader expects.</summary>
public sealed class RuleDocsTests
{
    public static TheoryData<string> RuleIds() => new(RepositoryRules.Catalog.All.Select(r => r.Id));

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Rule_has_a_complete_docs_page(string id)
    {
        var page = RuleDocs.Find(id);
        Assert.True(page is not null, $"docs/rules/{id}.md is missing");
        Assert.StartsWith($"# {id}: ", page);
        foreach (var section in new[] { "## What it checks", "## Why", "## Failing example", "## Passing example", "## Configure or suppress" })
        {
            Assert.Contains(section, page);
        }

        Assert.Contains("Source: ", page);
    }

    [Fact]
    public void Every_docs_page_belongs_to_a_rule()
    {
        var known = RepositoryRules.Catalog.All.Select(r => r.Id).ToHashSet();
        Assert.DoesNotContain(RuleDocs.Ids, id => !known.Contains(id));
    }
}
