using static Policy.JsonSchema.Tests.Validation.SchemaFixture;

namespace Policy.JsonSchema.Tests.Validation;

/// <summary>anyOf/oneOf failures report the closest branch, not every branch.</summary>
public sealed class BranchTests
{
    private const string Events = """
        {
          "oneOf": [
            { "properties": { "type": { "const": "incident" }, "severity": { "enum": ["low", "high"] } }, "required": ["type", "severity"] },
            { "properties": { "type": { "const": "review" }, "reviewer": { "type": "string" } }, "required": ["type", "reviewer", "date"] }
          ]
        }
        """;

    [Fact]
    public void OneOf_reports_the_branch_whose_discriminator_matched()
    {
        var result = Validate(Events, """{ "type": "review", "reviewer": "Dr B" }""");
        var error = Assert.Single(result.Errors);
        Assert.Equal("/oneOf/1/required", error.KeywordLocation);
        Assert.Equal("missing required property \"date\"", error.Message);
    }

    [Fact]
    public void OneOf_with_no_matching_discriminator_gives_one_summary()
    {
        var result = Validate(Events, """{ "type": "audit" }""");
        var error = Assert.Single(result.Errors);
        Assert.Equal("/oneOf", error.KeywordLocation);
        Assert.Equal("oneOf", error.Keyword);
        Assert.Equal("matches none of the 2 alternatives of oneOf: \"type\" is \"audit\", expected one of \"incident\", \"review\"", error.Message);
    }

    [Fact]
    public void OneOf_is_quiet_when_exactly_one_branch_matches()
    {
        Assert.True(Validate(Events, """{ "type": "incident", "severity": "low" }""").IsValid);
    }

    [Fact]
    public void OneOf_matching_two_branches_says_so()
    {
        var error = Single("""{ "oneOf": [ { "type": "integer" }, { "minimum": 0 } ] }""", "3");
        Assert.Equal("matches more than one alternative of oneOf (branches 0 and 1) but must match exactly one", error.Message);
    }

    [Fact]
    public void AnyOf_without_discriminators_reports_the_branch_with_fewest_errors()
    {
        const string schema = """
            {
              "anyOf": [
                { "required": ["a", "b", "c"] },
                { "required": ["d"] }
              ]
            }
            """;
        var error = Single(schema, "{}");
        Assert.Equal("/anyOf/1/required", error.KeywordLocation);
        Assert.Equal("missing required property \"d\"", error.Message);
    }

    [Fact]
    public void AnyOf_of_types_says_which_types_would_do()
    {
        var error = Single("""{ "anyOf": [ { "type": "string" }, { "type": "array" } ] }""", "true");
        Assert.Equal("/anyOf", error.KeywordLocation);
        Assert.Equal("expected a string or an array but found a boolean", error.Message);
    }

    [Fact]
    public void AnyOf_with_tied_branches_gives_one_summary()
    {
        var error = Single("""{ "anyOf": [ { "required": ["a"] }, { "required": ["b"] } ] }""", "{}");
        Assert.Equal("does not match any of the 2 alternatives of anyOf", error.Message);
    }
}
