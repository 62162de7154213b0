using System.Runtime.InteropServices;
using System.Text.Json;
using Policy.Kernel.Hashing;
using Policy.Kernel.Json;

namespace Policy.Core.Model;

/// <summary>
/// A System.Text.Json document as the kernel's canonicalizer reads it (<see cref="ICanonicalSource{TValue, TMember}"/>):
/// names, strings and numbers written without escapes are handed over as the document's own UTF-8 bytes,
/// so hashing a file decodes no string and builds no node.
/// </summary>
public readonly struct ElementSource : ICanonicalSource<JsonElement, JsonProperty>
{
    public JsonNodeKind KindOf(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Object => JsonNodeKind.Object,
        JsonValueKind.Array => JsonNodeKind.Array,
        JsonValueKind.String => JsonNodeKind.String,
        JsonValueKind.Number => JsonNodeKind.Number,
        JsonValueKind.True => JsonNodeKind.True,
        JsonValueKind.False => JsonNodeKind.False,
        _ => JsonNodeKind.Null,
    };

    public int CountOf(JsonElement container) =>
        container.ValueKind == JsonValueKind.Array ? container.GetArrayLength() : container.GetPropertyCount();

    public void CopyItems(JsonElement array, JsonElement[] destination)
    {
        var i = 0;
        foreach (var item in array.EnumerateArray())
        {
            destination[i++] = item;
        }
    }

    public void CopyMembers(JsonElement obj, JsonProperty[] destination)
    {
        var i = 0;
        foreach (var member in obj.EnumerateObject())
        {
            destination[i++] = member;
        }
    }

    public JsonElement ValueOf(JsonProperty member) => member.Value;

    public string NameOf(JsonProperty member) => member.Name;

    public bool TryGetUtf8Name(JsonProperty member, out ReadOnlySpan<byte> utf8)
    {
        utf8 = JsonMarshal.GetRawUtf8PropertyName(member);
        return IsText(utf8);
    }

    public string StringOf(JsonElement value) => value.GetString()!;

    public bool TryGetUtf8String(JsonElement value, out ReadOnlySpan<byte> utf8)
    {
        var raw = JsonMarshal.GetRawUtf8Value(value);
        utf8 = raw[1..^1]; // the quotes
        return IsText(utf8);
    }

    public string NumberTextOf(JsonElement value) => value.GetRawText();

    public bool TryGetUtf8Number(JsonElement value, out ReadOnlySpan<byte> utf8)
    {
        utf8 = JsonMarshal.GetRawUtf8Value(value);
        return true;
    }

    /// <summary>The hash of a parsed value (<see cref="ContentHash"/>); throws <see cref="JsonCanonicalizationException"/> if it is not I-JSON.</summary>
    public static string Hash(JsonElement root) => ContentHash.Compute<ElementSource, JsonElement, JsonProperty>(root);

    /// <summary>The hash, or null when the value has no canonical form.</summary>
    public static string? TryHash(JsonElement root) => ContentHash.TryCompute<ElementSource, JsonElement, JsonProperty>(root);

    /// <summary>Whether the value has a canonical form (so <see cref="TryHash"/> is not null), without building it or hashing.</summary>
    public static bool HasCanonicalForm(JsonElement root) => JsonCanonicalizer.HasCanonicalForm<ElementSource, JsonElement, JsonProperty>(root);

    /// <summary>The RFC 8785 canonical form of a parsed value.</summary>
    public static string Canonicalize(JsonElement root) => JsonCanonicalizer.Canonicalize<ElementSource, JsonElement, JsonProperty>(root);

    // Raw bytes are the text itself when there is no escape to decode; a reader that was not strict
    // (Git history) may hold bytes that are not UTF-8, which then go through decoding and its error.
    private static bool IsText(ReadOnlySpan<byte> raw) => raw.IndexOf((byte)'\\') < 0 && System.Text.Unicode.Utf8.IsValid(raw);
}
