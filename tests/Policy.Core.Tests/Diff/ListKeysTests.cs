using Policy.Core.Diff;

namespace Policy.Core.Tests.Diff;

/// <summary>The list keys read from the real schema set: an item `id`, or the property the schema marks with x-diffKey.</summary>
public sealed class ListKeysTests
{
    private static readonly ListKeys Keys = ListKeys.FromSchemas(Path.Combine(TestPaths.RepositoryRoot, "schemas"));

    [Theory]
    [InlineData("HumanOversight", "/reviewers", "role")]
    [InlineData("HumanOversight", "/decisions", "id")]
    [InlineData("Dpia", "/risks", "id")]
    [InlineData("Dpia", "/retention", "category")]
    [InlineData("SystemCard", "/monitoring/indicators", "id")]
    [InlineData("SystemCard", "/performanceClaims", "metric,dataset,slice")]
    [InlineData("Approval", "/approvers", "name")]
    [InlineData("DataFlow", "/lawfulBasis/nationalLaw", "title")]
    [InlineData("Governance", "/references", "url")]
    public void Lists_are_keyed_by_id_or_the_marked_property(string kind, string path, string key) =>
        Assert.Equal(key, string.Join(",", Keys.For(kind, path) ?? []));

    [Theory]
    [InlineData("DataFlow", "/dataCategories")]
    [InlineData("Approval", "/conditions")]
    public void Lists_of_values_or_without_a_key_have_none(string kind, string path) => Assert.Null(Keys.For(kind, path));
}
