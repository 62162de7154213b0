using System.Globalization;
using System.Text.Json;
using Policy.Core.Model;
using Policy.JsonSchema;

namespace Policy.Core.History;

/// <summary>Where two JSON documents first differ in meaning, in the order of the newer one.</summary>
public static class JsonChanges
{
    /// <summary>
    /// The pointer of the first value of <paramref name="current"/> (in document order) that is new or
    /// different; for a removal, the object or array it was removed from. Null when they are equal.
    /// </summary>
    public static string? FirstDifference(JsonElement previous, JsonElement current) => Compare(previous, current, string.Empty);

    private static string? Compare(JsonElement previous, JsonElement current, string pointer)
    {
        if (previous.ValueKind != current.ValueKind
            && !(IsBoolean(previous) && IsBoolean(current)))
        {
            return pointer;
        }

        switch (current.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in current.EnumerateObject())
                {
                    var child = pointer + "/" + JsonPointer.Escape(property.Name);
                    if (previous.Property(property.Name) is not { } before)
                    {
                        return child;
                    }

                    if (Compare(before, property.Value, child) is { } found)
                    {
                        return found;
                    }
                }

                return previous.EnumerateObject().Any(p => !current.TryGetProperty(p.Name, out _)) ? pointer : null;
            case JsonValueKind.Array:
                var index = 0;
                using (var before = previous.EnumerateArray().GetEnumerator())
                {
                    foreach (var item in current.EnumerateArray())
                    {
                        var child = pointer + "/" + index.ToString(CultureInfo.InvariantCulture);
                        if (!before.MoveNext())
                        {
                            return child;
                        }

                        if (Compare(before.Current, item, child) is { } found)
                        {
                            return found;
                        }

                        index++;
                    }

                    return before.MoveNext() ? pointer : null;
                }

            case JsonValueKind.Number:
                return previous.GetDouble().Equals(current.GetDouble()) ? null : pointer;
            case JsonValueKind.String:
                return previous.GetString() == current.GetString() ? null : pointer;
            case JsonValueKind.True or JsonValueKind.False:
                return previous.GetBoolean() == current.GetBoolean() ? null : pointer;
            default:
                return null;
        }
    }

    private static bool IsBoolean(JsonElement element) => element.ValueKind is JsonValueKind.True or JsonValueKind.False;
}
