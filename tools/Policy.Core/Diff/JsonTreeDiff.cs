using System.Globalization;
using System.Runtime.InteropServices;
using System.Text.Json;
using Policy.Core.Model;
using Policy.JsonSchema;
using Policy.Kernel.Hashing;

namespace Policy.Core.Diff;

/// <summary>
/// The values that differ between two versions of one artefact. Objects are compared member by
/// member; list items are matched by their key (<see cref="ListKeys"/>), or by value, never by
/// position, so a reordered list is no change; scalars by their RFC 8785 form, so <c>1.0</c> and
/// <c>1</c> are the same number.
/// </summary>
public sealed class JsonTreeDiff
{
    private readonly ListKeys keys;
    private readonly string kind;
    private readonly List<RawChange> changes = [];

    private JsonTreeDiff(ListKeys keys, string kind)
    {
        this.keys = keys;
        this.kind = kind;
    }

    /// <summary>
    /// One difference. <c>Pointer</c> is where the value is on the newer side (on the older side for a
    /// removal); <c>HeadPointer</c> is the nearest value that exists on the newer side, for its line.
    /// </summary>
    public sealed record RawChange(string Pointer, ChangeType Change, JsonElement? Before, JsonElement? After, string HeadPointer);

    public static IReadOnlyList<RawChange> Compare(ListKeys keys, string kind, JsonElement before, JsonElement after)
    {
        var diff = new JsonTreeDiff(keys, kind);
        diff.Value(before, after, string.Empty, string.Empty, string.Empty);
        return diff.changes;
    }

    /// <summary>The RFC 8785 form of a value (its raw text if it has none), which is what "the same value" means here.</summary>
    public static string Canonical(JsonElement element)
    {
        try
        {
            return JsonCanonicalizer.Canonicalize(new ElementNode(element));
        }
        catch (JsonCanonicalizationException)
        {
            return element.GetRawText();
        }
    }

    /// <summary>
    /// What makes two values the same: the RFC 8785 form, computed only where it differs from the
    /// parsed value (numbers, objects, arrays); a string is its text, which is what its canonical form encodes.
    /// </summary>
    private static string Identity(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => "\"" + element.GetString(),
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        JsonValueKind.Null => "null",
        _ => Canonical(element),
    };

    private void Value(JsonElement before, JsonElement after, string basePointer, string headPointer, string schemaPath)
    {
        // The same text is the same value: most of a changed file is untouched, and needs no walk or canonical form.
        if (JsonMarshal.GetRawUtf8Value(before).SequenceEqual(JsonMarshal.GetRawUtf8Value(after)))
        {
            return;
        }

        if (before.ValueKind == JsonValueKind.Object && after.ValueKind == JsonValueKind.Object)
        {
            Object(before, after, basePointer, headPointer, schemaPath);
        }
        else if (before.ValueKind == JsonValueKind.Array && after.ValueKind == JsonValueKind.Array)
        {
            Array(before, after, basePointer, headPointer, schemaPath);
        }
        else if (Identity(before) != Identity(after))
        {
            changes.Add(new RawChange(headPointer, ChangeType.Modified, before, after, headPointer));
        }
    }

    private void Object(JsonElement before, JsonElement after, string basePointer, string headPointer, string schemaPath)
    {
        foreach (var property in after.EnumerateObject())
        {
            var name = "/" + JsonPointer.Escape(property.Name);
            if (before.TryGetProperty(property.Name, out var old))
            {
                Value(old, property.Value, basePointer + name, headPointer + name, schemaPath + name);
            }
            else
            {
                changes.Add(new RawChange(headPointer + name, ChangeType.Added, null, property.Value, headPointer + name));
            }
        }

        foreach (var property in before.EnumerateObject())
        {
            if (!after.TryGetProperty(property.Name, out _))
            {
                var name = "/" + JsonPointer.Escape(property.Name);
                changes.Add(new RawChange(basePointer + name, ChangeType.Removed, property.Value, null, headPointer));
            }
        }
    }

    private void Array(JsonElement before, JsonElement after, string basePointer, string headPointer, string schemaPath)
    {
        var itemPath = schemaPath + "/*";
        var old = Items(before, schemaPath);
        var current = Items(after, schemaPath);
        var unmatchedOld = new List<Item>();
        var byIdentity = new Dictionary<string, Queue<Item>>(StringComparer.Ordinal);
        foreach (var item in old)
        {
            if (!byIdentity.TryGetValue(item.Identity, out var queue))
            {
                byIdentity[item.Identity] = queue = new Queue<Item>();
            }

            queue.Enqueue(item);
        }

        var unmatchedNew = new List<Item>();
        foreach (var item in current)
        {
            if (byIdentity.TryGetValue(item.Identity, out var queue) && queue.Count > 0)
            {
                var match = queue.Dequeue();
                Value(match.Element, item.Element, Child(basePointer, match.Index), Child(headPointer, item.Index), itemPath);
            }
            else
            {
                unmatchedNew.Add(item);
            }
        }

        unmatchedOld.AddRange(byIdentity.Values.SelectMany(q => q).OrderBy(i => i.Index));

        // Items with no key that changed in place: pair what is left, in order, when both sides have objects left.
        var pairs = old.Count > 0 && old[0].Keyed ? 0 : Math.Min(unmatchedOld.Count(i => i.Element.ValueKind == JsonValueKind.Object), unmatchedNew.Count(i => i.Element.ValueKind == JsonValueKind.Object));
        var oldObjects = unmatchedOld.Where(i => i.Element.ValueKind == JsonValueKind.Object).Take(pairs).ToList();
        var newObjects = unmatchedNew.Where(i => i.Element.ValueKind == JsonValueKind.Object).Take(pairs).ToList();
        for (var i = 0; i < pairs; i++)
        {
            Value(oldObjects[i].Element, newObjects[i].Element, Child(basePointer, oldObjects[i].Index), Child(headPointer, newObjects[i].Index), itemPath);
        }

        foreach (var item in unmatchedNew.Except(newObjects))
        {
            changes.Add(new RawChange(Child(headPointer, item.Index), ChangeType.Added, null, item.Element, Child(headPointer, item.Index)));
        }

        foreach (var item in unmatchedOld.Except(oldObjects))
        {
            changes.Add(new RawChange(Child(basePointer, item.Index), ChangeType.Removed, item.Element, null, headPointer));
        }
    }

    private static readonly IReadOnlyList<string> IdKey = ["id"];

    private sealed record Item(int Index, JsonElement Element, string Identity, bool Keyed);

    /// <summary>Each item with what identifies it: its key values when the list has a key every item carries once, else its canonical form.</summary>
    private List<Item> Items(JsonElement array, string schemaPath)
    {
        var key = keys.For(kind, schemaPath) ?? IdKey;
        var items = new List<Item>();
        var index = 0;
        foreach (var element in array.EnumerateArray())
        {
            var identity = key is not null && KeyOf(element, key) is { } keyed ? "k:" + keyed : null;
            items.Add(new Item(index++, element, identity ?? "v:" + Identity(element), identity is not null));
        }

        // A key that is missing or repeated cannot match items; fall back to values for the whole list.
        var keyedAll = items.Count > 0 && items.All(i => i.Keyed) && items.Select(i => i.Identity).Distinct(StringComparer.Ordinal).Count() == items.Count;
        return keyedAll ? items : items.Select(i => i.Keyed ? i with { Identity = "v:" + Identity(i.Element), Keyed = false } : i).ToList();
    }

    private static string? KeyOf(JsonElement element, IReadOnlyList<string> key)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        var parts = new List<string>(key.Count);
        foreach (var name in key)
        {
            parts.Add(element.TryGetProperty(name, out var value) ? Identity(value) : "null");
        }

        return parts.All(p => p == "null") ? null : string.Join("\u001f", parts);
    }

    private static string Child(string pointer, int index) => pointer + "/" + index.ToString(CultureInfo.InvariantCulture);
}
