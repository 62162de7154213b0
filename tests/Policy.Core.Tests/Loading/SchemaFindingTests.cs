using System.Text.Json.Nodes;
using Policy.Core.Tests.Fixtures;

namespace Policy.Core.Tests.Loading;

/// <summary>SCHEMA-01: schema errors land on the offending value, with the schema keyword as a related location.</summary>
public sealed class SchemaFindingTests : IDisposable
{
    private readonly TestRepository repository = new();

    public SchemaFindingTests()
    {
        repository.WriteSchema("SystemCard", JsonNode.Parse("""
            {
              "type": "object",
              "required": ["kind", "id", "vendor"],
              "properties": {
                "id": { "type": "string" },
                "vendor": { "type": "object", "properties": { "country": { "type": "string", "pattern": "^[A-Z]{2}$" } } }
              },
              "unevaluatedProperties": true
            }
            """)!.AsObject());
    }

    public void Dispose() => repository.Dispose();

    [Fact]
    public void Wrong_type_is_located_at_the_value()
    {
        repository.Write("policies/card.json", "{\n  \"kind\": \"SystemCard\",\n  \"id\": \"x\",\n  \"vendor\": { \"country\": 33 }\n}");
        var finding = repository.Validate().Single("SCHEMA-01");
        Assert.Equal(("/vendor/country", 4, 26), (finding.Pointer, finding.Line, finding.Column));
        Assert.Equal("/properties/vendor/properties/country/type", finding.Related[0].Location.Pointer);
        Assert.Equal("schemas/system-card.schema.json", finding.Related[0].Location.File);
        Assert.True(finding.Related[0].Location.Line > 1, "the keyword is located inside the schema file");
    }

    [Fact]
    public void Missing_required_property_is_located_at_its_object_and_named()
    {
        repository.Write("policies/card.json", "{\n  \"kind\": \"SystemCard\",\n  \"id\": \"x\"\n}");
        var finding = repository.Validate().Single("SCHEMA-01");
        Assert.Equal(("", 1, 1), (finding.Pointer, finding.Line, finding.Column));
        Assert.Contains("vendor", finding.Message);
    }

    [Fact]
    public void Conforming_artefact_has_no_schema_finding()
    {
        repository.Write("policies/card.json", "{\"kind\": \"SystemCard\", \"id\": \"x\", \"vendor\": {\"country\": \"FR\"}}");
        repository.Validate().None("SCHEMA-01");
    }
}
