using System.Text.Json;
using static Policy.JsonSchema.Tests.Validation.SchemaFixture;

namespace Policy.JsonSchema.Tests.Validation;

/// <summary>
/// An instance parsed without <see cref="JsonSourceDocument"/> may hold a lone surrogate, which
/// System.Text.Json cannot read as a string. Every keyword that reads strings or names then gets an
/// error at that value, never an exception.
/// </summary>
public sealed class UnpairedSurrogateTests
{
    private static readonly string[] Keywords =
    [
        """{ "minLength": 2 }""",
        """{ "maxLength": 2 }""",
        """{ "pattern": "^a" }""",
        """{ "format": "date" }""",
        """{ "format": "email" }""",
        """{ "format": "uri" }""",
        """{ "format": "hostname" }""",
        """{ "format": "regex" }""",
        """{ "enum": ["a", "b"] }""",
        """{ "const": "a" }""",
        """{ "type": "integer" }""",
    ];

    private static readonly (string Instance, string Pointer)[] Places =
    [
        ("\"\\ud800\"", ""),
        ("[\"ok\", \"x\\udc00\"]", "/1"),
        ("{\"a\": {\"b\": \"\\udbff\"}}", "/a/b"),
    ];

    public static TheoryData<string, string, string> Cases()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var keyword in Keywords)
        {
            foreach (var (instance, pointer) in Places)
            {
                // The keyword applies to the value wherever it is (items, properties), so it is read.
                var schema = $$"""{ "allOf": [ {{keyword}} ], "items": {{keyword}}, "additionalProperties": { "additionalProperties": {{keyword}} } }""";
                data.Add(schema, instance, pointer);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_keyword_meeting_a_lone_surrogate_reports_it_at_the_value(string schema, string instance, string pointer)
    {
        var result = Validate(schema, instance);
        Assert.False(result.IsValid);
        if (!schema.Contains("\"type\"", StringComparison.Ordinal))
        {
            var error = Assert.Single(result.Errors);
            Assert.Equal(pointer, error.InstanceLocation);
            Assert.Contains("unpaired surrogate", error.Message, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("""{ "propertyNames": { "maxLength": 3 } }""")]
    [InlineData("""{ "additionalProperties": false, "properties": { "a": true } }""")]
    [InlineData("""{ "patternProperties": { "^x": { "type": "string" } }, "additionalProperties": false }""")]
    [InlineData("""{ "required": ["b"] }""")]
    [InlineData("""{ "dependentRequired": { "b": ["c"] } }""")]
    public void A_keyword_reading_names_reports_a_lone_surrogate_name_at_it(string schema)
    {
        var result = Validate(schema, "{\"a\": 1, \"\\ud800\": 2}");
        var error = Assert.Single(result.Errors);
        Assert.Equal("/\\ud800", error.InstanceLocation);
        Assert.Contains("unpaired surrogate", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_string_keyword_on_a_lone_surrogate_is_an_error_not_an_exception()
    {
        var schema = Compile("""{ "properties": { "title": { "maxLength": 10 } } }""");
        using var instance = JsonDocument.Parse("{\"title\": \"x\\ud800\"}");
        Assert.False(schema.IsValid(instance.RootElement));
        var error = Assert.Single(schema.Validate(instance.RootElement).Errors);
        Assert.Equal("/title", error.InstanceLocation);
    }
}
