using System.Text.Json;
using Policy.Core.Model;
using Policy.Kernel.Artefacts;

namespace Policy.Core.Tests.Kernel;

public sealed class DataCategoriesTests
{
    [Theory]
    [InlineData("health.record", true)]
    [InlineData("health.observation", true)]
    [InlineData("health.imaging.ct", true)]
    [InlineData("identity.nir", false)]
    [InlineData("anonymous", false)]
    [InlineData("healthy", false)]
    [InlineData("health", false)]
    public void Health_data_is_the_health_branch_of_the_taxonomy(string key, bool health) => Assert.Equal(health, DataCategories.IsHealth(key));

    [Theory]
    [InlineData("""{ "kind": "SystemCard", "dataCategoriesProcessed": ["identity.direct", "health.observation"] }""", true)]
    [InlineData("""{ "kind": "DataFlow", "dataCategories": ["identity.pseudonymous"] }""", false)]
    [InlineData("""{ "kind": "Dpia", "dataCategories": [ { "category": "health.diagnosis", "subjects": "patients" } ] }""", true)]
    [InlineData("""{ "kind": "Dpia", "dataCategories": [ { "category": "identity.direct" } ] }""", false)]
    [InlineData("""{ "kind": "DataFlow", "dataCategories": "health.record" }""", false)]
    public void Every_kind_declares_its_categories_where_its_schema_puts_them(string json, bool health)
    {
        using var document = JsonDocument.Parse(json);
        Assert.Equal(health, DataCategories.CarriesHealthData(new ElementNode(document.RootElement)));
    }
}
