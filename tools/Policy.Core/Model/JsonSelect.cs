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
    // Depth first, which is document order for each segment as a breadth-first pass would give it; the
    // pointer string is made once per match from the escaped tokens, not once per segment.
    public static IReadOnlyList<(string Pointer, JsonElement Value)> Select(JsonElement root, string pattern)
    {
        var segments = JsonPointer.Parse(pattern);
        var found = new List<(string, JsonElement)>();
        Collect(root, segments, 0, new string[segments.Count], found);
        return found;
    }

    private static void Collect(JsonElement element, IReadOnlyList<string> segments, int depth, string[] tokens, List<(string, JsonElement)> found)
    {
        if (depth == segments.Count)
        {
            found.Add((depth == 0 ? string.Empty : "/" + string.Join('/', tokens), element));
            return;
        }

        var segment = segments[depth];
        if (segment == "*")
        {
            if (element.ValueKind == JsonValueKind.Array)
            {
                var index = 0;
                foreach (var item in element.EnumerateArray())
                {
                    tokens[depth] = index.ToString(CultureInfo.InvariantCulture);
                    Collect(item, segments, depth + 1, tokens, found);
                    index++;
                }
            }
            else if (element.ValueKind == JsonValueKind.Object)
            {
                foreach (var member in element.EnumerateObject())
                {
                    tokens[depth] = JsonPointer.Escape(member.Name);
                    Collect(member.Value, segments, depth + 1, tokens, found);
                }
            }
        }
        else if (element.ValueKind == JsonValueKind.Object && element.TryGetProperty(segment, out var child))
        {
            tokens[depth] = JsonPointer.Escape(segment);
            Collect(child, segments, depth + 1, tokens, found);
        }
    }
}
