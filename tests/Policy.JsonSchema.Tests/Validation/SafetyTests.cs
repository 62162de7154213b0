using System.Text.Json;
using static Policy.JsonSchema.Tests.Validation.SchemaFixture;

namespace Policy.JsonSchema.Tests.Validation;

/// <summary>Hostile schemas and values end in a clear error, not a hang or a crash.</summary>
public sealed class SafetyTests
{
    [Fact]
    public void A_catastrophic_pattern_runs_in_linear_time_and_just_fails()
    {
        // Without backreferences or lookarounds patterns run on a linear-time engine: no ReDoS at all.
        var schema = Compile("""{ "pattern": "^(a|aa)+$" }""");
        using var value = JsonDocument.Parse("\"" + new string('a', 5000) + "!\"");
        var error = Assert.Single(schema.Validate(value.RootElement).Errors);
        Assert.Contains("does not match the pattern", error.Message);
    }

    [Fact]
    public void A_catastrophic_backtracking_pattern_times_out_into_a_clear_error()
    {
        var options = new ValidationOptions { RegexTimeout = TimeSpan.FromMilliseconds(1) };
        var schema = Compile("""{ "pattern": "^(a|aa)+\\1$" }""", options);
        using var value = JsonDocument.Parse("\"" + new string('a', 5000) + "!\"");
        var error = Assert.Single(schema.Validate(value.RootElement).Errors);
        Assert.Equal("pattern", error.Keyword);
        Assert.Contains("took too long", error.Message);
    }

    [Fact]
    public void A_pattern_that_matches_is_quiet()
    {
        Assert.True(Validate("""{ "pattern": "^[a-z][a-z0-9-]*$" }""", "\"ecg-assist\"").IsValid);
    }

    [Fact]
    public void A_reference_loop_that_never_consumes_the_value_fails_instead_of_overflowing()
    {
        var error = Single("""{ "$defs": { "a": { "$ref": "#/$defs/b" }, "b": { "$ref": "#/$defs/a" } }, "$ref": "#/$defs/a" }""", "1");
        Assert.Contains("references nest deeper", error.Message);
    }

    [Fact]
    public void An_invalid_pattern_is_a_load_error()
    {
        var error = Assert.Throws<SchemaLoadException>(() => Compile("""{ "properties": { "a": { "pattern": "([a-z" } } }"""));
        Assert.Equal("/properties/a/pattern", error.SchemaPointer);
    }

    [Fact]
    public void Ecmascript_digit_class_is_ascii_only()
    {
        Assert.False(Validate("""{ "pattern": "^\\d+$" }""", "\"\u0664\u0662\"").IsValid);
        Assert.True(Validate("""{ "pattern": "^\\d+$" }""", "\"42\"").IsValid);
    }
}
