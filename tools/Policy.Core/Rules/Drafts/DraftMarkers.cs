using System.Text.Json;
using System.Text.RegularExpressions;
using Policy.Core.Model;
using Policy.Core.Scaffolding;
using Policy.JsonSchema;

namespace Policy.Core.Rules.Drafts;

/// <summary>
/// The TODO markers of an unfinished draft (<c>policy new</c>, <c>policy init</c>): every string value holding the
/// word TODO, in capitals, with its JSON pointer. An artefact with one is a draft.
/// </summary>
public static partial class DraftMarkers
{
    public static IReadOnlyList<(string Pointer, string Text)> Of(Artefact artefact)
    {
        var found = new List<(string, string)>();
        Walk(artefact.Root, [], found);
        return found;
    }

    public static bool IsDraft(Artefact artefact) => Of(artefact).Count > 0;

    /// <summary>One step of the path to a value: a member, or an array index when <see cref="Member"/> is null.</summary>
    private readonly record struct Step(JsonProperty? Member, int Index);

    // Every value of every artefact is visited, and nearly none holds a marker: the path is kept as steps and
    // spelled as a pointer only for a marker, and a string is decoded only when its raw text may hold one.
    private static void Walk(JsonElement element, List<Step> path, List<(string, string)> found)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    path.Add(new Step(property, 0));
                    Walk(property.Value, path, found);
                    path.RemoveAt(path.Count - 1);
                }

                break;
            case JsonValueKind.Array:
                var index = 0;
                foreach (var item in element.EnumerateArray())
                {
                    path.Add(new Step(null, index++));
                    Walk(item, path, found);
                    path.RemoveAt(path.Count - 1);
                }

                break;
            case JsonValueKind.String when MayHoldMarker(element) && Marker().IsMatch(element.GetString()!):
                found.Add((PointerOf(path), element.GetString()!));
                break;
        }
    }

    /// <summary>False only when the raw text has neither the marker nor an escape that could spell it.</summary>
    private static bool MayHoldMarker(JsonElement text)
    {
        var raw = System.Runtime.InteropServices.JsonMarshal.GetRawUtf8Value(text);
        return raw.IndexOf((byte)'\\') >= 0 || raw.IndexOf(MarkerUtf8) >= 0;
    }

    private static readonly byte[] MarkerUtf8 = System.Text.Encoding.UTF8.GetBytes(Skeleton.Marker);

    private static string PointerOf(List<Step> path) =>
        string.Concat(path.Select(step => "/" + (step.Member is { } member ? JsonPointer.Escape(member.Name) : step.Index.ToString(System.Globalization.CultureInfo.InvariantCulture))));

    [GeneratedRegex(@"\b" + Skeleton.Marker + @"\b")]
    private static partial Regex Marker();
}
