using System.Text;
using System.Text.Json;

namespace Policy.JsonSchema.Text;

/// <summary>Short, readable renderings of JSON values and types for error messages.</summary>
internal static class Describe
{
    private const int MaxValueLength = 60;

    public static string Kind(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        JsonValueKind.Null => "null",
        _ => "nothing",
    };

    public static string Kind(JsonElement value) =>
        value.ValueKind == JsonValueKind.Number && Numbers.IsInteger(value) ? "an integer" : Kind(value.ValueKind);

    /// <summary>A value as it would appear in JSON, shortened; containers by kind only.</summary>
    public static string Value(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => Quote(value.GetString()!),
        JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False or JsonValueKind.Null => Shorten(value.GetRawText()),
        JsonValueKind.Object => value.EnumerateObject().Any() ? "an object" : "{}",
        JsonValueKind.Array => value.GetArrayLength() == 0 ? "[]" : "an array",
        _ => "nothing",
    };

    public static string Quote(string text) => Shorten(JsonSerializer.Serialize(text, JsonStrings.Relaxed.String));

    /// <summary>"a", "b", "c" — at most <paramref name="max"/>, then "...".</summary>
    public static string List(IEnumerable<string> items, int max = 8)
    {
        var builder = new StringBuilder();
        var count = 0;
        foreach (var item in items)
        {
            if (count == max)
            {
                builder.Append(", ...");
                break;
            }

            if (count++ > 0)
            {
                builder.Append(", ");
            }

            builder.Append(item);
        }

        return builder.ToString();
    }

    /// <summary>"a, b or c".</summary>
    public static string Alternatives(IReadOnlyList<string> items) =>
        items.Count <= 1 ? string.Concat(items) : string.Join(", ", items.Take(items.Count - 1)) + " or " + items[^1];

    private static string Shorten(string text) => text.Length <= MaxValueLength ? text : text[..(MaxValueLength - 3)] + "...";
}
