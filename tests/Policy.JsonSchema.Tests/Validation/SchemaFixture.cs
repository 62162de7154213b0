using System.Text.Json;

namespace Policy.JsonSchema.Tests.Validation;

/// <summary>Compiles a schema written inline and validates inline instances.</summary>
internal static class SchemaFixture
{
    public static readonly Uri Id = new("https://policy-as-code.example/schemas/test.schema.json");

    public static Schema Compile(string schemaJson, ValidationOptions? options = null)
    {
        var set = new SchemaSet { Options = options ?? ValidationOptions.Default };
        using var document = JsonDocument.Parse(schemaJson);
        set.Add(Id, document.RootElement);
        return set.Compile(Id);
    }

    public static ValidationResult Validate(string schemaJson, string instanceJson, ValidationOptions? options = null)
    {
        var schema = Compile(schemaJson, options);
        using var instance = JsonDocument.Parse(instanceJson);
        var result = schema.Validate(instance.RootElement);
        Assert.Equal(result.IsValid, schema.IsValid(instance.RootElement));
        return result;
    }

    public static ValidationError Single(string schemaJson, string instanceJson)
    {
        var result = Validate(schemaJson, instanceJson);
        Assert.False(result.IsValid);
        return Assert.Single(result.Errors);
    }
}
