using System.Text.Json;
using Policy.Core.Rules.Configuration;

namespace Policy.Core.Tests.Rules.DataflowsTests;

/// <summary>The rules read the EEA from rules-config.json, never from the schemas; this keeps the two lists equal.</summary>
public sealed class EeaCountriesTests
{
    [Fact]
    public void Rules_configuration_lists_the_same_countries_as_the_schema()
    {
        using var schema = JsonDocument.Parse(File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot, "schemas", "defs", "common.schema.json")));
        var schemaList = schema.RootElement.GetProperty("$defs").GetProperty("eeaCountry").GetProperty("enum").EnumerateArray().Select(e => e.GetString()!);
        Assert.Equal(schemaList.Order(StringComparer.Ordinal), RulesConfiguration.Defaults.EeaCountries.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("FR", true)]
    [InlineData("NO", true)]
    [InlineData("RE", true)]
    [InlineData("CH", false)]
    [InlineData("GB", false)]
    [InlineData("US", false)]
    public void Membership_follows_the_EEA_agreement(string country, bool member) =>
        Assert.Equal(member, RulesConfiguration.Defaults.IsEeaCountry(country));

    [Fact]
    public void Governance_cannot_redefine_the_EEA()
    {
        var configuration = RulesConfiguration.From(JsonDocument.Parse("""{ "eeaCountries": ["US"] }""").RootElement);
        Assert.False(configuration.IsEeaCountry("US"));
        Assert.True(configuration.IsEeaCountry("DE"));
    }
}
