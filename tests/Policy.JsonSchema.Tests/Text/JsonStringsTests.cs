using System.Text.Encodings.Web;
using System.Text.Json;
using Policy.JsonSchema.Text;

namespace Policy.JsonSchema.Tests.Text;

/// <summary>
/// The source-generated string metadata (needed by the Native AOT build) escapes exactly as the reflection-based
/// serializer the messages were written with, for both encoders.
/// </summary>
public sealed class JsonStringsTests
{
    public static TheoryData<string> Strings => new()
    {
        "plain", "é à ç Œ 日本", "<script>&'+`", "quote \" backslash \\ slash /", "tab\t newline\n nul\0 bell\a", "\u2028\u2029 \u00ad", "emoji 🩺", new string('x', 200),
    };

    [Theory]
    [MemberData(nameof(Strings))]
    public void A_string_quotes_as_the_reflection_serializer_quoted_it(string text)
    {
        var relaxed = new JsonSerializerOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        Assert.Equal(JsonSerializer.Serialize(text, relaxed), JsonSerializer.Serialize(text, JsonStrings.Relaxed.String));
        Assert.Equal(JsonSerializer.Serialize(text), JsonSerializer.Serialize(text, JsonStrings.Default.String));
        Assert.Equal(JsonSerializer.SerializeToElement(text).GetRawText(), JsonSerializer.SerializeToElement(text, JsonStrings.Default.String).GetRawText());
    }

    [Fact]
    public void Describe_quotes_without_escaping_what_people_read()
    {
        Assert.Equal("\"é <b> & 'x'\"", Describe.Quote("é <b> & 'x'"));
    }
}
