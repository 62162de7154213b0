using System.Runtime.InteropServices;
using System.Text.Json;

namespace Policy.JsonSchema;

/// <summary>
/// Where the value at a pointer (or its nearest existing ancestor) starts, found by walking the parsed
/// document: its values are slices of the file's bytes, so a value's offset is where its slice begins.
/// Nothing is built per file, unlike <see cref="PositionIndex"/> (a dictionary entry and a pointer string
/// for every value), which stays for a document whose values are not slices of the given bytes.
/// </summary>
internal static class ElementPositions
{
    /// <summary>The byte offsets of the value and of its member name (the value's own for the root and array items); null when the document does not read from <paramref name="utf8"/>.</summary>
    public static (long Value, long Name)? Find(JsonElement root, ReadOnlySpan<byte> utf8, string pointer)
    {
        if (OffsetOf(utf8, JsonMarshal.GetRawUtf8Value(root)) is not { } rootOffset)
        {
            return null;
        }

        var current = root;
        var found = (Value: rootOffset, Name: rootOffset);
        if (pointer.Length == 0 || pointer[0] != '/')
        {
            return found;
        }

        var start = 1;
        while (start <= pointer.Length)
        {
            var end = pointer.IndexOf('/', start);
            end = end < 0 ? pointer.Length : end;
            var token = pointer[start..end];
            if (current.ValueKind == JsonValueKind.Object && Member(current, token) is { } member)
            {
                current = member.Value;
                if (OffsetOf(utf8, JsonMarshal.GetRawUtf8Value(current)) is not { } value
                    || OffsetOf(utf8, JsonMarshal.GetRawUtf8PropertyName(member)) is not { } name)
                {
                    return null;
                }

                found = (value, name - 1); // the name's opening quote
            }
            else if (current.ValueKind == JsonValueKind.Array && Item(current, token) is { } item)
            {
                current = item;
                if (OffsetOf(utf8, JsonMarshal.GetRawUtf8Value(current)) is not { } value)
                {
                    return null;
                }

                found = (value, value);
            }
            else
            {
                break;
            }

            start = end + 1;
        }

        return found;
    }

    // A token matches a member only as the pointer writer spells it (JsonPointer.Escape), as in the index.
    private static JsonProperty? Member(JsonElement obj, string token)
    {
        var name = JsonPointer.Unescape(token);
        if (JsonPointer.Escape(name) != token)
        {
            return null;
        }

        foreach (var member in obj.EnumerateObject())
        {
            if (member.NameEquals(name))
            {
                return member;
            }
        }

        return null;
    }

    // An index matches only in its canonical decimal form ("0", "12"; not "012" or "+1"), as in the index.
    private static JsonElement? Item(JsonElement array, string token)
    {
        if (token.Length == 0 || token.Length > 9 || (token.Length > 1 && token[0] == '0') || !token.All(char.IsAsciiDigit))
        {
            return null;
        }

        var index = int.Parse(token, System.Globalization.CultureInfo.InvariantCulture);
        if (index >= array.GetArrayLength())
        {
            return null;
        }

        foreach (var item in array.EnumerateArray())
        {
            if (index-- == 0)
            {
                return item;
            }
        }

        return null;
    }

    private static long? OffsetOf(ReadOnlySpan<byte> utf8, ReadOnlySpan<byte> slice) =>
        utf8.Overlaps(slice, out var offset) && offset >= 0 ? offset : null;
}
