using System.Text.Json.Nodes;

namespace Policy.Core.Tests.Schemas;

/// <summary>schemas/taxonomy.json is the one list of keys; the schemas' enumerations must say the same.</summary>
public sealed class TaxonomyTests
{
    private static JsonNode Defs => SchemaSet.All["defs/taxonomy.schema.json"]["$defs"]!;

    private static IReadOnlyList<JsonObject> Entries(string list) =>
        SchemaSet.Taxonomy[list]!.AsArray().Select(n => n!.AsObject()).ToList();

    private static IReadOnlyList<string> Keys(string list, Func<JsonObject, bool>? where = null) =>
        Entries(list).Where(where ?? (_ => true)).Select(e => e["key"]!.GetValue<string>()).ToList();

    [Theory]
    [InlineData("dataCategory", "dataCategories")]
    [InlineData("purpose", "purposes")]
    [InlineData("dataSubject", "dataSubjects")]
    public void Schema_enumeration_lists_exactly_the_taxonomy_keys(string def, string list) =>
        Assert.Equal(Keys(list), SchemaSet.Strings(Defs[def]!["enum"]));

    [Fact]
    public void Special_categories_enumeration_lists_exactly_the_special_keys() =>
        Assert.Equal(Keys("dataCategories", e => e["special"]!.GetValue<bool>()), SchemaSet.Strings(Defs["specialDataCategory"]!["enum"]));

    [Fact]
    public void Health_enumeration_lists_exactly_the_health_keys() =>
        Assert.Equal(
            Keys("dataCategories", e => e["key"]!.GetValue<string>().StartsWith("health.", StringComparison.Ordinal)),
            SchemaSet.Strings(Defs["healthDataCategory"]!["enum"]));

    [Fact]
    public void Personal_data_enumeration_lists_every_key_but_anonymous_and_its_children()
    {
        var parents = Entries("dataCategories").ToDictionary(e => e["key"]!.GetValue<string>(), e => e["parent"]?.GetValue<string>());
        bool UnderAnonymous(string? key) => key is not null && (key == "anonymous" || UnderAnonymous(parents[key]));
        Assert.Equal(Keys("dataCategories", e => !UnderAnonymous(e["key"]!.GetValue<string>())), SchemaSet.Strings(Defs["personalDataCategory"]!["enum"]));
    }

    [Fact]
    public void Every_health_key_is_special_and_under_health_record()
    {
        foreach (var entry in Entries("dataCategories").Where(e => e["key"]!.GetValue<string>().StartsWith("health.", StringComparison.Ordinal)))
        {
            Assert.True(entry["special"]!.GetValue<bool>(), entry.ToJsonString());
            if (entry["key"]!.GetValue<string>() != "health.record")
            {
                Assert.Equal("health.record", entry["parent"]?.GetValue<string>());
            }
        }
    }

    [Theory]
    [InlineData("dataCategories")]
    [InlineData("purposes")]
    [InlineData("dataSubjects")]
    public void Keys_are_unique_and_parents_exist_in_the_same_list(string list)
    {
        var keys = Keys(list);
        Assert.Equal(keys.Count, keys.Distinct(StringComparer.Ordinal).Count());
        foreach (var parent in Entries(list).Select(e => e["parent"]?.GetValue<string>()).OfType<string>())
        {
            Assert.Contains(parent, keys);
        }
    }

    [Fact]
    public void The_NIR_is_not_covered_by_direct_identifiers() =>
        Assert.Null(Entries("dataCategories").Single(e => e["key"]!.GetValue<string>() == "identity.nir")["parent"]);
}
