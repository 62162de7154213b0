using Policy.Analyzers.Json;
using Policy.Kernel.Json;

namespace Policy.Analyzers.Tests.Policies;

public class JsonReaderTests
{
    [Fact]
    public void Values_keep_their_offsets_and_escapes_are_decoded()
    {
        const string text = "{\n  \"id\": \"df-\\u00e9\",\n  \"n\": [1, -2.5e3, true, null]\n}";
        var root = JsonReader.Parse(text);
        var id = root["id"]!;
        Assert.Equal("df-é", id.AsString);
        Assert.Equal(text.IndexOf("\"df-", StringComparison.Ordinal), id.Start);
        Assert.Equal(new[] { JsonNodeKind.Number, JsonNodeKind.Number, JsonNodeKind.True, JsonNodeKind.Null }, root["n"]!.Items.Select(i => i.Kind));
        Assert.Equal("-2.5e3", ((JsonNumber)root["n"]!.Items[1]).Text);
    }

    [Theory]
    [InlineData("{\"a\": 1,}", 8, "a property name in double quotes was expected")]
    [InlineData("{\"a\": 1} x", 9, "unexpected text after the JSON value")]
    [InlineData("[01]", 2, "',' or ']' was expected in the array")]
    [InlineData("{\"a\": \"x\ty\"}", 8, "control character in a string; escape it")]
    [InlineData("{\"a\": tru}", 6, "unexpected character 't'; a value was expected")]
    [InlineData("", 0, "unexpected end of file; a value was expected")]
    public void Malformed_json_is_refused_with_the_offset_of_the_problem(string text, int offset, string message)
    {
        var error = Assert.Throws<JsonReadException>(() => JsonReader.Parse(text));
        Assert.Equal(offset, error.Offset);
        Assert.Equal(message, error.Message);
    }

    [Fact]
    public void Nesting_beyond_the_limit_is_refused_instead_of_overflowing_the_stack()
    {
        var text = new string('[', 10_000) + new string(']', 10_000);
        var error = Assert.Throws<JsonReadException>(() => JsonReader.Parse(text));
        Assert.Equal(StrictJsonProblem.TooDeep, error.Problem);
        Assert.Equal(StrictJson.MaxDepth, error.Offset);
    }

    [Fact]
    public void Sixty_four_levels_are_read_and_one_more_is_refused()
    {
        var limit = StrictJson.MaxDepth;
        Assert.NotNull(JsonReader.Parse(new string('[', limit) + new string(']', limit)));
        Assert.Equal(StrictJsonProblem.TooDeep, Assert.Throws<JsonReadException>(() => JsonReader.Parse(new string('[', limit + 1) + new string(']', limit + 1))).Problem);
    }

    [Theory]
    [InlineData("{\"a\": \"\\ud800\"}", 6)]
    [InlineData("{\"a\": \"x\\udc00\"}", 6)]
    [InlineData("{\"\\udbff\": 1}", 1)]
    [InlineData("[\"\\ud83d\\u0041\"]", 1)]
    public void A_lone_surrogate_in_a_value_or_a_name_is_refused(string text, int offset)
    {
        var error = Assert.Throws<JsonReadException>(() => JsonReader.Parse(text));
        Assert.Equal((StrictJsonProblem.LoneSurrogate, offset), (error.Problem, error.Offset));
    }

    [Fact]
    public void A_surrogate_pair_is_read_as_one_character()
    {
        Assert.Equal("\ud83d\ude00", JsonReader.Parse("\"\\ud83d\\ude00\"").AsString);
    }

    [Fact]
    public void A_byte_order_mark_is_refused()
    {
        Assert.Equal(StrictJsonProblem.ByteOrderMark, Assert.Throws<JsonReadException>(() => JsonReader.Parse("\uFEFF{}")).Problem);
    }

    [Fact]
    public void A_duplicate_name_is_refused_at_its_second_occurrence()
    {
        var error = Assert.Throws<JsonReadException>(() => JsonReader.Parse("{\"a\": 1, \"a\": 2}"));
        Assert.Equal((StrictJsonProblem.DuplicateName, 9), (error.Problem, error.Offset));
    }
}
