using Policy.Analyzers.Policies;

namespace Policy.Analyzers.Tests.Policies;

public class DataCategoryTaxonomyTests
{
    [Theory]
    [InlineData("health.record", "health.genetic", true)]
    [InlineData("health.record", "health.report", true)]
    [InlineData("health.observation", "health.observation", true)]
    [InlineData("health.observation", "health.record", false)]
    [InlineData("health.observation", "health.diagnosis", false)]
    [InlineData("health.record", "identity.direct", false)]
    public void A_parent_key_covers_its_children_only(string declared, string sent, bool expected) =>
        Assert.Equal(expected, DataCategoryTaxonomy.Covers(declared, sent));
}
