using System.Text.Json;
using Policy.Core.History;

namespace Policy.Core.Tests.History;

public sealed class JsonChangesTests
{
    private static string? First(string before, string after)
    {
        using var previous = JsonDocument.Parse(before);
        using var current = JsonDocument.Parse(after);
        return JsonChanges.FirstDifference(previous.RootElement, current.RootElement);
    }

    [Theory]
    [InlineData("""{"a":1,"b":{"c":"x"}}""", """{"a":1,"b":{"c":"y"}}""", "/b/c")]
    [InlineData("""{"a":1}""", """{"a":1,"n":true}""", "/n")]
    [InlineData("""{"a":1,"gone":2}""", """{"a":1}""", "")]
    [InlineData("""{"l":[1,2,3]}""", """{"l":[1,5,3]}""", "/l/1")]
    [InlineData("""{"l":[1,2]}""", """{"l":[1]}""", "/l")]
    [InlineData("""{"l":[1]}""", """{"l":[1,2]}""", "/l/1")]
    [InlineData("""{"t":true}""", """{"t":"true"}""", "/t")]
    [InlineData("""{"a/b":{"x":1}}""", """{"a/b":{"x":2}}""", "/a~1b/x")]
    public void Finds_the_first_change_in_document_order(string before, string after, string pointer) =>
        Assert.Equal(pointer, First(before, after));

    [Theory]
    [InlineData("""{"a":1,"b":[true,null]}""", """{"b":[true,null],"a":1.0}""")]
    [InlineData("""{"t":true}""", """{"t":true}""")]
    public void Equal_meaning_is_no_change(string before, string after) => Assert.Null(First(before, after));
}
