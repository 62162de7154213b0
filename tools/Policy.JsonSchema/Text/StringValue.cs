using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;

namespace Policy.JsonSchema.Text;

/// <summary>Reads JSON strings and property names as characters without allocating when they are short and unescaped.</summary>
internal static class StringValue
{
    public const int StackLimit = 256;

    /// <summary>The raw UTF-8 of a string value, without quotes; null when it contains escapes.</summary>
    public static bool TryGetRaw(JsonElement value, out ReadOnlySpan<byte> raw)
    {
        raw = JsonMarshal.GetRawUtf8Value(value);
        raw = raw[1..^1];
        return raw.IndexOf((byte)'\\') < 0;
    }

    public static bool TryGetRawName(JsonProperty property, out ReadOnlySpan<byte> raw)
    {
        raw = JsonMarshal.GetRawUtf8PropertyName(property);
        return raw.IndexOf((byte)'\\') < 0;
    }

    /// <summary>Unicode code points in a string value.</summary>
    public static long CodePoints(JsonElement value)
    {
        if (TryGetRaw(value, out var raw))
        {
            if (System.Text.Ascii.IsValid(raw))
            {
                return raw.Length;
            }

            long points = 0;
            foreach (var b in raw)
            {
                if ((b & 0xC0) != 0x80)
                {
                    points++;
                }
            }

            return points;
        }

        var count = 0;
        foreach (var _ in value.GetString()!.EnumerateRunes())
        {
            count++;
        }

        return count;
    }

    /// <summary>Decodes UTF-8 into the buffer; the caller makes the buffer large enough (one char per byte suffices).</summary>
    public static ReadOnlySpan<char> Decode(ReadOnlySpan<byte> utf8, Span<char> buffer) => buffer[..Encoding.UTF8.GetChars(utf8, buffer)];
}
