using static Policy.JsonSchema.Tests.Validation.SchemaFixture;

namespace Policy.JsonSchema.Tests.Validation;

/// <summary>Each error kind: the message a person reads, and where it points (instance and schema).</summary>
public sealed class MessageTests
{
    private const string Owner = """
        {
          "type": "object",
          "properties": {
            "owner": {
              "type": "object",
              "properties": { "name": { "type": "string" }, "vendor": { "type": "string" } },
              "required": ["name", "vendor"]
            }
          }
        }
        """;

    [Fact]
    public void Required_points_at_the_object_and_names_the_property()
    {
        var error = Single(Owner, """{ "owner": { "name": "Dr A" } }""");
        Assert.Equal("/owner", error.InstanceLocation);
        Assert.Equal("/properties/owner/required", error.KeywordLocation);
        Assert.Equal(Id + "#/properties/owner/required", error.AbsoluteKeywordLocation);
        Assert.Equal("required", error.Keyword);
        Assert.Equal("missing required property \"vendor\"", error.Message);
        Assert.Equal("vendor", error.MissingProperty);
    }

    [Fact]
    public void A_missing_property_is_carried_by_name_whatever_the_message_says()
    {
        var required = Single("""{ "required": ["a \"quoted\" name"] }""", "{}");
        Assert.Equal("a \"quoted\" name", required.MissingProperty);
        var dependent = Single("""{ "dependentRequired": { "transfer": ["safeguard"] } }""", """{ "transfer": true }""");
        Assert.Equal(("dependentRequired", "safeguard"), (dependent.Keyword, dependent.MissingProperty));
        Assert.Null(Single("""{ "type": "string" }""", "{}").MissingProperty);
    }

    [Fact]
    public void Required_is_quiet_when_every_property_is_there()
    {
        Assert.True(Validate(Owner, """{ "owner": { "name": "Dr A", "vendor": "Acme" } }""").IsValid);
    }

    [Fact]
    public void Required_reports_each_missing_property()
    {
        var result = Validate(Owner, """{ "owner": {} }""");
        Assert.Equal(new[] { "missing required property \"name\"", "missing required property \"vendor\"" }, result.Errors.Select(e => e.Message));
    }

    [Fact]
    public void Type_says_what_was_expected_and_what_was_found()
    {
        var error = Single(Owner, """{ "owner": { "name": 42, "vendor": "Acme" } }""");
        Assert.Equal("/owner/name", error.InstanceLocation);
        Assert.Equal("/properties/owner/properties/name/type", error.KeywordLocation);
        Assert.Equal("expected a string but found an integer", error.Message);
    }

    [Fact]
    public void Type_with_several_types_lists_them()
    {
        var error = Single("""{ "type": ["string", "null"] }""", "1.5");
        Assert.Equal("expected a string or null but found a number", error.Message);
    }

    [Fact]
    public void Enum_quotes_the_value_and_the_allowed_ones()
    {
        var error = Single("""{ "properties": { "riskClass": { "enum": ["prohibited", "high-risk", "limited", "minimal"] } } }""", """{ "riskClass": "higher-risk" }""");
        Assert.Equal("/riskClass", error.InstanceLocation);
        Assert.Equal("enum", error.Keyword);
        Assert.Equal("\"higher-risk\" is not one of \"prohibited\", \"high-risk\", \"limited\", \"minimal\"", error.Message);
    }

    [Fact]
    public void Enum_accepts_an_equal_number_written_differently()
    {
        Assert.True(Validate("""{ "enum": [1, "a"] }""", "1.0").IsValid);
    }

    [Fact]
    public void Const_says_what_it_must_be()
    {
        var error = Single("""{ "properties": { "kind": { "const": "SystemCard" } } }""", """{ "kind": "Systemcard" }""");
        Assert.Equal("/kind", error.InstanceLocation);
        Assert.Equal("must be \"SystemCard\" but is \"Systemcard\"", error.Message);
    }

    [Fact]
    public void AdditionalProperties_false_names_the_property_and_points_at_it()
    {
        var error = Single("""{ "properties": { "id": {} }, "additionalProperties": false }""", """{ "id": "x", "idd": "y" }""");
        Assert.Equal("/idd", error.InstanceLocation);
        Assert.Equal("/additionalProperties", error.KeywordLocation);
        Assert.StartsWith("property \"idd\" is not allowed", error.Message);
        Assert.Contains("\"id\"", error.Message);
    }

    [Fact]
    public void UnevaluatedProperties_false_names_the_property_and_points_at_it()
    {
        const string schema = """
            {
              "$defs": { "envelope": { "properties": { "kind": { "type": "string" }, "id": { "type": "string" } } } },
              "allOf": [ { "$ref": "#/$defs/envelope" } ],
              "properties": { "title": { "type": "string" } },
              "unevaluatedProperties": false
            }
            """;
        Assert.True(Validate(schema, """{ "kind": "K", "id": "a", "title": "t" }""").IsValid);
        var error = Single(schema, """{ "kind": "K", "id": "a", "titel": "t" }""");
        Assert.Equal("/titel", error.InstanceLocation);
        Assert.Equal("/unevaluatedProperties", error.KeywordLocation);
        Assert.Equal("unevaluatedProperties", error.Keyword);
        Assert.Equal("property \"titel\" is not allowed here (unexpected property)", error.Message);
    }

    [Fact]
    public void Keyword_location_goes_through_ref_and_absolute_location_is_the_target()
    {
        const string schema = """
            {
              "$defs": { "card": { "properties": { "owner": { "required": ["name"] } } } },
              "allOf": [ { "$ref": "#/$defs/card" } ]
            }
            """;
        var error = Single(schema, """{ "owner": {} }""");
        Assert.Equal("/allOf/0/$ref/properties/owner/required", error.KeywordLocation);
        Assert.Equal(Id + "#/$defs/card/properties/owner/required", error.AbsoluteKeywordLocation);
        Assert.Equal("/owner", error.InstanceLocation);
    }

    [Fact]
    public void Instance_pointer_escapes_slash_and_tilde()
    {
        var error = Single("""{ "additionalProperties": { "type": "string" } }""", """{ "a/b~c": 1 }""");
        Assert.Equal("/a~1b~0c", error.InstanceLocation);
    }

    [Fact]
    public void IfThen_reports_the_then_branch_errors_themselves()
    {
        const string schema = """
            {
              "if": { "properties": { "riskClass": { "const": "high-risk" } }, "required": ["riskClass"] },
              "then": { "required": ["dpia"] }
            }
            """;
        Assert.True(Validate(schema, """{ "riskClass": "minimal" }""").IsValid);
        var error = Single(schema, """{ "riskClass": "high-risk" }""");
        Assert.Equal("/then/required", error.KeywordLocation);
        Assert.Equal("required", error.Keyword);
        Assert.Equal("missing required property \"dpia\"", error.Message);
        Assert.Equal(Id + "#/then/required", error.AbsoluteKeywordLocation);
    }

    [Fact]
    public void IfElse_reports_the_else_branch()
    {
        var error = Single("""{ "if": { "type": "string" }, "then": { "minLength": 2 }, "else": { "minimum": 10 } }""", "3");
        Assert.Equal("/else/minimum", error.KeywordLocation);
        Assert.Equal("3 is not at least 10", error.Message);
    }

    [Fact]
    public void Format_date_is_asserted_with_a_readable_message()
    {
        var error = Single("""{ "properties": { "reviewDue": { "format": "date" } } }""", """{ "reviewDue": "31/12/2025" }""");
        Assert.Equal("/reviewDue", error.InstanceLocation);
        Assert.Equal("format", error.Keyword);
        Assert.Equal("\"31/12/2025\" does not match the date format (YYYY-MM-DD)", error.Message);
        Assert.True(Validate("""{ "format": "date" }""", "\"2025-12-31\"").IsValid);
    }

    [Fact]
    public void Format_is_only_an_annotation_when_assertion_is_off()
    {
        Assert.True(Validate("""{ "format": "date" }""", "\"31/12/2025\"", new ValidationOptions { AssertFormat = false }).IsValid);
    }

    [Fact]
    public void Unknown_formats_pass()
    {
        Assert.True(Validate("""{ "format": "x-internal-code" }""", "\"anything\"").IsValid);
    }
}
