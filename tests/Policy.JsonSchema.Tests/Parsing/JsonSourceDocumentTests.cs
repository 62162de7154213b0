using System.Text;

namespace Policy.JsonSchema.Tests.Parsing;

/// <summary>Strict parsing: each refusal has its kind and the exact position; positions of values by pointer.</summary>
public sealed class JsonSourceDocumentTests
{
    private static JsonSourceException Refuse(string text, JsonSourceOptions? options = null) => Refuse(Encoding.UTF8.GetBytes(text), options);

    private static JsonSourceException Refuse(byte[] bytes, JsonSourceOptions? options = null) =>
        Assert.Throws<JsonSourceException>(() => JsonSourceDocument.Parse(bytes, options));

    private static JsonSourceDocument Parse(string text) => JsonSourceDocument.Parse(Encoding.UTF8.GetBytes(text));

    [Fact]
    public void Syntax_error_has_line_and_column_of_the_bad_token()
    {
        var error = Refuse("{\n  \"a\": 1,\n  \"b\": ]\n}");
        Assert.Equal(JsonSourceErrorKind.Syntax, error.Kind);
        Assert.Equal(new SourcePosition(3, 8), error.Position);
        Assert.DoesNotContain("LineNumber", error.Message);
    }

    [Fact]
    public void Trailing_comma_comment_and_trailing_data_are_refused()
    {
        Assert.Equal(JsonSourceErrorKind.Syntax, Refuse("[1,]").Kind);
        Assert.Equal(JsonSourceErrorKind.Syntax, Refuse("// note\n{}").Kind);
        Assert.Equal(new SourcePosition(1, 4), Refuse("{} {}").Position);
    }

    [Fact]
    public void Duplicate_key_points_at_the_second_occurrence()
    {
        var error = Refuse("{\n  \"id\": 1,\n  \"id\": 2\n}");
        Assert.Equal(JsonSourceErrorKind.DuplicateKey, error.Kind);
        Assert.Equal(new SourcePosition(3, 3), error.Position);
        Assert.Contains("\"id\"", error.Message);
    }

    [Fact]
    public void Duplicate_key_written_with_an_escape_is_still_a_duplicate()
    {
        Assert.Equal(JsonSourceErrorKind.DuplicateKey, Refuse("{\"a\": 1, \"\\u0061\": 2}").Kind);
    }

    [Fact]
    public void Same_key_in_different_objects_is_fine()
    {
        using var document = Parse("{\"a\": {\"id\": 1}, \"b\": {\"id\": 2}}");
        Assert.Equal(2, document.Root.GetProperty("b").GetProperty("id").GetInt32());
    }

    [Fact]
    public void Byte_order_mark_is_refused()
    {
        var error = Refuse(new byte[] { 0xEF, 0xBB, 0xBF, (byte)'{', (byte)'}' });
        Assert.Equal(JsonSourceErrorKind.ByteOrderMark, error.Kind);
        Assert.Equal(SourcePosition.Start, error.Position);
    }

    [Fact]
    public void Invalid_utf8_points_at_the_bad_byte()
    {
        var bytes = Encoding.UTF8.GetBytes("{\n  \"a\": \"x?\"\n}");
        bytes[Array.IndexOf(bytes, (byte)'?')] = 0xFF;
        var error = Refuse(bytes);
        Assert.Equal(JsonSourceErrorKind.InvalidUtf8, error.Kind);
        Assert.Equal(new SourcePosition(2, 10), error.Position);
        Assert.Contains("0xFF", error.Message);
    }

    [Fact]
    public void Too_deep_is_refused_and_the_limit_itself_is_allowed()
    {
        var options = new JsonSourceOptions { MaxDepth = 8 };
        var error = Refuse(new string('[', 9) + new string(']', 9), options);
        Assert.Equal(JsonSourceErrorKind.TooDeep, error.Kind);
        Assert.Equal(new SourcePosition(1, 9), error.Position);
        using var ok = JsonSourceDocument.Parse(Encoding.UTF8.GetBytes(new string('[', 8) + new string(']', 8)), options);
        Assert.Equal(System.Text.Json.JsonValueKind.Array, ok.Root.ValueKind);
    }

    [Fact]
    public void Too_large_is_refused_before_parsing()
    {
        var error = Refuse("[1, 2, 3]", new JsonSourceOptions { MaxBytes = 4 });
        Assert.Equal(JsonSourceErrorKind.TooLarge, error.Kind);
    }

    [Theory]
    [InlineData("{\"a\": \"\\ud800\"}", 8, "D800")]
    [InlineData("{\"a\": \"x\\udc00\"}", 9, "DC00")]
    [InlineData("{\"\\udbff\": 1}", 3, "DBFF")]
    [InlineData("[\"\\ud83d\\u0041\"]", 3, "D83D")]
    [InlineData("[\"ok \\ud83d\\ude00\", \"\\ud83d\"]", 22, "D83D")]
    public void A_lone_surrogate_in_a_value_or_a_name_is_refused_where_it_is(string text, int column, string unit)
    {
        var error = Refuse(text);
        Assert.Equal(JsonSourceErrorKind.LoneSurrogate, error.Kind);
        Assert.Equal(new SourcePosition(1, column), error.Position);
        Assert.Contains("\\u" + unit, error.Message);
    }

    [Fact]
    public void A_lone_surrogate_name_before_a_syntax_error_is_refused_not_thrown()
    {
        var error = Refuse("{\"a\": 1, \"\\ud800\": 2,}");
        Assert.Equal((JsonSourceErrorKind.LoneSurrogate, new SourcePosition(1, 10)), (error.Kind, error.Position));
    }

    [Theory]
    [InlineData("[\"\\ud83d\\ude00\"]", "\ud83d\ude00")]
    [InlineData("[\"\\\\ud800\"]", "\\ud800")]
    [InlineData("[\"\\u00e9\\n\\\"\\uffff\"]", "\u00e9\n\"\uffff")]
    public void A_surrogate_pair_or_an_escaped_backslash_before_u_is_read(string text, string expected)
    {
        using var document = Parse(text);
        Assert.Equal(expected, document.Root[0].GetString());
    }

    [Theory]
    [InlineData("")]
    [InlineData("  \n\t ")]
    public void Empty_file_is_refused(string text)
    {
        Assert.Equal(JsonSourceErrorKind.Empty, Refuse(text).Kind);
    }

    [Fact]
    public void Positions_of_nested_values_by_pointer()
    {
        using var document = Parse("{\n  \"owner\": {\n    \"name\": \"Dr A\"\n  },\n  \"tags\": [\"a\", \"b\"]\n}");
        Assert.Equal(new SourcePosition(1, 1), document.GetPosition(string.Empty));
        Assert.Equal(new SourcePosition(2, 12), document.GetPosition("/owner"));
        Assert.Equal(new SourcePosition(3, 13), document.GetPosition("/owner/name"));
        Assert.Equal(new SourcePosition(3, 5), document.GetPropertyNamePosition("/owner/name"));
        Assert.Equal(new SourcePosition(5, 17), document.GetPosition("/tags/1"));
    }

    [Fact]
    public void Positions_with_escaped_pointer_tokens()
    {
        using var document = Parse("{\"a/b\": 1, \"m~n\": 2, \"\\u0078\": 3}");
        Assert.Equal(new SourcePosition(1, 9), document.GetPosition("/a~1b"));
        Assert.Equal(new SourcePosition(1, 19), document.GetPosition("/m~0n"));
        Assert.Equal(new SourcePosition(1, 32), document.GetPosition("/x"));
    }

    [Fact]
    public void Missing_pointer_falls_back_to_the_nearest_existing_ancestor()
    {
        using var document = Parse("{\n  \"owner\": {}\n}");
        Assert.Equal(new SourcePosition(2, 12), document.GetPosition("/owner/name"));
        Assert.Equal(new SourcePosition(1, 1), document.GetPosition("/nothing/here"));
    }

    [Fact]
    public void Columns_count_characters_not_bytes()
    {
        using var document = Parse("{\"é\": \"ü\", \"b\": 1}");
        Assert.Equal(new SourcePosition(1, 17), document.GetPosition("/b"));
    }

    [Fact]
    public void Pointer_helpers_round_trip()
    {
        Assert.Equal("/a~1b/m~0n/0", JsonPointer.Build(new[] { "a/b", "m~n", "0" }));
        Assert.Equal(new[] { "a/b", "m~n", "0" }, JsonPointer.Parse("/a~1b/m~0n/0"));
        Assert.Equal("~01", JsonPointer.Escape("~1"));
        Assert.Equal("~1", JsonPointer.Unescape("~01"));
        Assert.Throws<FormatException>(() => JsonPointer.Parse("a/b"));
    }
}
