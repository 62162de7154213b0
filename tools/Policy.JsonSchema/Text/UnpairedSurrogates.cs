using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;

namespace Policy.JsonSchema.Text;

/// <summary>
/// Finds a string or property name that System.Text.Json parsed but cannot read, because it holds a lone
/// surrogate escape (<c>"\ud800"</c>). <see cref="JsonSourceDocument"/> refuses such text; an instance
/// parsed some other way may still carry one, and the schema then reports it instead of throwing.
/// </summary>
internal static class UnpairedSurrogates
{
    /// <summary>The RFC 6901 pointer of the first such string or name (a name as its escaped text), or null when all read.</summary>
    public static string? Find(JsonElement element, string pointer = "")
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.String:
                return TryRead(element, out _) ? null : pointer;
            case JsonValueKind.Array:
                var index = 0;
                foreach (var item in element.EnumerateArray())
                {
                    if (Find(item, pointer + "/" + index++) is { } found)
                    {
                        return found;
                    }
                }

                return null;
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    var readable = TryName(property, out var name);
                    var at = pointer + "/" + JsonPointer.Escape(name);
                    if (!readable)
                    {
                        return at;
                    }

                    if (Find(property.Value, at) is { } found)
                    {
                        return found;
                    }
                }

                return null;
            default:
                return null;
        }
    }

    private static bool TryRead(JsonElement value, out string? text)
    {
        try
        {
            text = value.GetString();
            return true;
        }
        catch (InvalidOperationException)
        {
            text = null;
            return false;
        }
    }

    private static bool TryName(JsonProperty property, out string name)
    {
        try
        {
            name = property.Name;
            return true;
        }
        catch (InvalidOperationException)
        {
            name = Encoding.UTF8.GetString(JsonMarshal.GetRawUtf8PropertyName(property));
            return false;
        }
    }
}
