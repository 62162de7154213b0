using System.Text.Json.Nodes;
using Policy.Core.Approving;

namespace Policy.Core.Tests.Approving;

/// <summary>Adding an approver inserts text: the rest of the user's file stays byte for byte.</summary>
public sealed class ArrayEntryInsertionTests
{
    private static JsonObject Entry() => new() { ["name"] = "Sarah Benali", ["role"] = "dpo" };

    [Fact]
    public void The_entry_goes_after_the_last_one_in_the_files_own_indent_and_line_ending()
    {
        var text = "{\r\n    \"id\": \"a\",\r\n    \"approvers\": [\r\n        {\r\n            \"name\": \"X\"\r\n        }\r\n    ],\r\n    \"z\": 1\r\n}\r\n";

        var result = ArrayEntryInsertion.Append(text, "approvers", Entry());

        var expected = "{\r\n    \"id\": \"a\",\r\n    \"approvers\": [\r\n        {\r\n            \"name\": \"X\"\r\n        },\r\n"
            + "        {\r\n            \"name\": \"Sarah Benali\",\r\n            \"role\": \"dpo\"\r\n        }\r\n    ],\r\n    \"z\": 1\r\n}\r\n";
        Assert.Equal(expected, result);
    }

    [Fact]
    public void An_empty_array_gets_the_entry_on_its_own_lines()
    {
        var result = ArrayEntryInsertion.Append("{\n  \"approvers\": [],\n  \"z\": 1\n}\n", "approvers", Entry());

        Assert.Equal("{\n  \"approvers\": [\n    {\n      \"name\": \"Sarah Benali\",\n      \"role\": \"dpo\"\n    }\n  ],\n  \"z\": 1\n}\n", result);
    }

    [Fact]
    public void An_array_on_one_line_stays_on_one_line()
    {
        var result = ArrayEntryInsertion.Append("{\"approvers\": [{\"name\": \"X\"}], \"z\": \"é\\u00e9\"}", "approvers", Entry());

        Assert.Equal("{\"approvers\": [{\"name\": \"X\"}, {\"name\":\"Sarah Benali\",\"role\":\"dpo\"}], \"z\": \"é\\u00e9\"}", result);
    }

    [Theory]
    [InlineData("{\"approvers\": {}}")]
    [InlineData("{\"other\": [1]}")]
    [InlineData("{\"nested\": {\"approvers\": [1]}}")]
    [InlineData("{\"approvers\": [1")]
    public void Nothing_is_inserted_where_the_root_has_no_such_array(string text)
    {
        Assert.Null(ArrayEntryInsertion.Append(text, "approvers", Entry()));
    }

    [Fact]
    public void Text_before_the_array_with_multibyte_characters_does_not_shift_the_insertion()
    {
        var text = "{\n  \"title\": \"Approbation — notice 患者\",\n  \"approvers\": [\n    {\"name\": \"Agnès\"}\n  ]\n}\n";

        var result = ArrayEntryInsertion.Append(text, "approvers", Entry())!;

        Assert.StartsWith("{\n  \"title\": \"Approbation — notice 患者\",\n  \"approvers\": [\n    {\"name\": \"Agnès\"},\n    {\n", result);
        Assert.EndsWith("\n    }\n  ]\n}\n", result);
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(result)!["approvers"]![1], Entry()));
    }
}
