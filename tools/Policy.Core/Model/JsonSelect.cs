using System.Globalization;
using System.Text.Json;
using Policy.JsonSchema;

namespace Policy.Core.Model;

/// <summary>
/// Selects values by a pointer pattern whose <c>*</c> segments match every array item or object
/// member ("/scope/systems/*"), yielding each value with its concrete RFC 6901 pointer.
/// </summary>
public static class JsonSelect
{
    public static IEnumerable<(string Pointer, JsonElement Value)> Select(JsonElement root, string pattern)
    {
        IEnumerable<(string, JsonElement)> current = [(string.Empty, root)];
        foreach (var segment in JsonPointer.Parse(pattern))
        {
            current = current.SelectMany(pair => Step(pair.Item1, pair.Item2, segment)).ToList();
        }

        return current;
    }

    private static IEnumerable<(string, JsonElement)> Step(string pointer, JsonElement element, string segment)
    {
        if (segment == "*")
        {
            if (element.ValueKind == JsonValueKind.Array)
            {
                var index = 0;
                foreach (var item in element.EnumerateArray())
                {
                    yield return (pointer + "/" + index.ToString(CultureInfo.InvariantCulture), item);
                    index++;
                }
            }
            else if (element.ValueKind == JsonValueKind.Object)
            {
                foreach (var member in element.EnumerateObject())
                {
                    yield return (pointer + "/" + JsonPointer.Escape(member.Name), member.Value);
                }
            }
        }
        else if (element.ValueKind == JsonValueKind.Object && element.TryGetProperty(segment, out var child))
        {
            yield return (pointer + "/" + JsonPointer.Escape(segment), child);
        }
    }
}
