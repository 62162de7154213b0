using System.Text.Json;
using System.Text.Json.Nodes;

namespace Policy.Core.Tests.Robustness;

/// <summary>
/// JSON texts that break careless readers: lone surrogates (high and low), NUL, very long strings,
/// numbers no double holds or only just holds, and deep nesting; and a way to put one into every value
/// or property name of an artefact. Built as text, because no JSON library writes a lone surrogate.
/// </summary>
internal static class HostileValues
{
    private const string ValueMark = "\u0001hostile-value\u0001";
    private const string NameMark = "\u0001hostile-name\u0001";

    /// <summary>String literals, usable as values and as property names.</summary>
    public static readonly string[] Strings =
    [
        "\"\\ud800\"",
        "\"\\udfff\"",
        "\"lead \\udbff\"",
        "\"\\udc00 trail\"",
        "\"\\ud83d\\u0041\"",
        "\"\\u0000\"",
        "\"nul \\u0000 inside\"",
        "\"" + new string('x', 100_000) + "\"",
        "\"" + string.Concat(Enumerable.Repeat("é\\ud83d\\ude00", 20_000)) + "\"",
        "\"\\uffff\\ufffe\\u202e\"",
        "\"~1~0/%25 ../..\"",
        "\"\"",
        "\"health.record\"",
        "\"9999-12-31T23:59:60Z\"",
        "\"P99999999999Y\"",
    ];

    /// <summary>Numbers and nesting, usable as values only.</summary>
    public static readonly string[] Others =
    [
        "1e400",
        "-1e400",
        "1e-400",
        "5e-324",
        "1.7976931348623157e308",
        "123456789012345678901234567890123456789",
        "-0",
        new string('[', 60) + "1" + new string(']', 60),
        string.Concat(Enumerable.Repeat("{\"a\":", 70)) + "null" + new string('}', 70),
    ];

    public static IReadOnlyList<string> All { get; } = [.. Strings, .. Others];

    /// <summary>
    /// The artefact with every scalar value (except <c>kind</c> and <c>$schema</c>, so it stays an artefact
    /// of its kind) replaced by <paramref name="value"/>, and, when given, a member named
    /// <paramref name="name"/> added to every object.
    /// </summary>
    public static string Into(string artefactJson, string value, string? name)
    {
        var root = JsonNode.Parse(artefactJson)!;
        Mark(root, isRoot: true, name is not null);
        var text = root.ToJsonString(new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        text = text.Replace(Quoted(ValueMark), value, StringComparison.Ordinal);
        return name is null ? text : text.Replace(Quoted(NameMark), name, StringComparison.Ordinal);
    }

    private static string Quoted(string mark) => JsonSerializer.Serialize(mark, new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });

    private static void Mark(JsonNode node, bool isRoot, bool names)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (key, child) in obj.ToList())
                {
                    if (isRoot && key is "kind" or "$schema")
                    {
                        continue;
                    }

                    if (child is JsonObject or JsonArray)
                    {
                        Mark(child, isRoot: false, names);
                    }
                    else
                    {
                        obj[key] = ValueMark;
                    }
                }

                if (names)
                {
                    obj[NameMark] = 1;
                }

                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    if (array[i] is JsonObject or JsonArray)
                    {
                        Mark(array[i]!, isRoot: false, names);
                    }
                    else
                    {
                        array[i] = ValueMark;
                    }
                }

                break;
        }
    }
}
