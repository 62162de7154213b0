using System.Runtime.CompilerServices;
using System.Text.Json;
using Policy.Analyzers.Policies;

namespace Policy.Analyzers.Tests.Policies;

public class DataCategoryTaxonomyTests
{
    [Theory]
    [InlineData("health.record", "health.genetic", true)]
    [InlineData("health.record", "health.report", true)]
    [InlineData("health.record", "health.some-future-leaf", true)]
    [InlineData("health.observation", "health.observation", true)]
    [InlineData("health.observation", "health.record", false)]
    [InlineData("health.observation", "health.diagnosis", false)]
    [InlineData("health.record", "identity.direct", false)]
    [InlineData("identity.direct", "identity.nir", false)]
    public void A_parent_key_covers_its_children_only(string declared, string sent, bool expected) =>
        Assert.Equal(expected, DataCategoryTaxonomy.Covers(declared, sent));

    [Fact]
    public void The_repository_taxonomy_is_embedded_when_the_repository_has_one()
    {
        var file = Path.Combine(Policy.Core.Tests.TestPaths.RepositoryRoot, "schemas", "taxonomy.json");
        Assert.Equal(File.Exists(file), DataCategoryTaxonomy.FromRepositoryTaxonomy);
        if (!File.Exists(file))
        {
            return;
        }

        using var document = JsonDocument.Parse(File.ReadAllText(file));
        foreach (var category in document.RootElement.GetProperty("dataCategories").EnumerateArray())
        {
            var key = category.GetProperty("key").GetString()!;
            var parent = category.TryGetProperty("parent", out var p) ? p.GetString() : null;
            Assert.Equal(parent, DataCategoryTaxonomy.ParentOf(key));
        }
    }
}
