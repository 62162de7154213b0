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
        Walk(artefact.Root, string.Empty, found);
        return found;
    }

    public static bool IsDraft(Artefact artefact) => Of(artefact).Count > 0;

    private static void Walk(JsonElement element, string pointer, List<(string, string)> found)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    Walk(property.Value, pointer + "/" + JsonPointer.Escape(property.Name), found);
                }

                break;
            case JsonValueKind.Array:
                var index = 0;
                foreach (var item in element.EnumerateArray())
                {
                    Walk(item, $"{pointer}/{index++}", found);
                }

                break;
            case JsonValueKind.String when Marker().IsMatch(element.GetString()!):
                found.Add((pointer, element.GetString()!));
                break;
        }
    }

    [GeneratedRegex(@"\b" + Skeleton.Marker + @"\b")]
    private static partial Regex Marker();
}
