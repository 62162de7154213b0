using System.Globalization;
using System.Text.Json;

namespace Policy.Core.Model;

/// <summary>
/// Defensive reads of artefact JSON for the rules: a missing property or a value of the wrong type
/// reads as absent (the schema already reported it), never as an exception.
/// </summary>
public static class JsonRead
{
    public static JsonElement? Property(this JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) ? value : null;

    /// <summary>Follows a path of property names; null as soon as one is missing.</summary>
    public static JsonElement? Path(this JsonElement element, params string[] names)
    {
        JsonElement? current = element;
        foreach (var name in names)
        {
            current = current?.Property(name);
            if (current is null)
            {
                return null;
            }
        }

        return current;
    }

    public static string? String(this JsonElement element, params string[] path) =>
        element.Path(path) is { ValueKind: JsonValueKind.String } value ? value.GetString() : null;

    public static bool? Bool(this JsonElement element, params string[] path) =>
        element.Path(path) is { ValueKind: JsonValueKind.True or JsonValueKind.False } value ? value.GetBoolean() : null;

    public static double? Number(this JsonElement element, params string[] path) =>
        element.Path(path) is { ValueKind: JsonValueKind.Number } value && value.TryGetDouble(out var number) ? number : null;

    /// <summary>A date (<c>YYYY-MM-DD</c>) or the date part of a date-time.</summary>
    public static DateTime? Date(this JsonElement element, params string[] path) => ParseDate(element.String(path));

    public static DateTime? ParseDate(string? text)
    {
        if (text is null)
        {
            return null;
        }

        if (DateTime.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var moment)
            ? moment.UtcDateTime
            : null;
    }

    /// <summary>The items of an array (empty when absent or not an array).</summary>
    public static IEnumerable<JsonElement> Items(this JsonElement element, params string[] path) =>
        element.Path(path) is { ValueKind: JsonValueKind.Array } array ? array.EnumerateArray() : [];

    /// <summary>The string items of an array of strings, with their index.</summary>
    public static IEnumerable<(int Index, string Value)> Strings(this JsonElement element, params string[] path)
    {
        var index = 0;
        foreach (var item in element.Items(path))
        {
            if (item.ValueKind == JsonValueKind.String)
            {
                yield return (index, item.GetString()!);
            }

            index++;
        }
    }
}
