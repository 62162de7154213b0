using System.Globalization;

namespace Policy.JsonSchema;

/// <summary>
/// Finds a <c>\uD800</c>-<c>\uDFFF</c> escape without its pair in JSON text the parser has accepted.
/// System.Text.Json parses such a string and only fails when it is read; I-JSON (RFC 7493 §2.1) refuses
/// it, and so does the kernel's strict JSON (tools/Policy.Kernel/Json/StrictJson.cs), as the analyzers' reader does.
/// </summary>
internal static class LoneSurrogates
{
    /// <summary>The byte offset of the escape's backslash and its code unit, or (-1, 0) when every surrogate is paired.</summary>
    public static (int Offset, int CodeUnit) Find(ReadOnlySpan<byte> utf8)
    {
        // In text the parser accepted, a backslash only ever starts an escape inside a string or name.
        var i = utf8.IndexOf((byte)'\\');
        while (i >= 0 && i + 1 < utf8.Length)
        {
            if (utf8[i + 1] != (byte)'u')
            {
                i = Next(utf8, i + 2);
                continue;
            }

            var unit = Hex(utf8, i + 2);
            if (unit is >= 0xDC00 and <= 0xDFFF)
            {
                return (i, unit);
            }

            if (unit is >= 0xD800 and <= 0xDBFF)
            {
                var low = i + 7 < utf8.Length && utf8[i + 6] == (byte)'\\' && utf8[i + 7] == (byte)'u' ? Hex(utf8, i + 8) : -1;
                if (low is < 0xDC00 or > 0xDFFF)
                {
                    return (i, unit);
                }

                i = Next(utf8, i + 12);
                continue;
            }

            i = Next(utf8, i + 6);
        }

        return (-1, 0);
    }

    private static int Next(ReadOnlySpan<byte> utf8, int from)
    {
        if (from >= utf8.Length)
        {
            return -1;
        }

        var found = utf8[from..].IndexOf((byte)'\\');
        return found < 0 ? -1 : from + found;
    }

    private static int Hex(ReadOnlySpan<byte> utf8, int at) =>
        at + 4 <= utf8.Length && int.TryParse(utf8.Slice(at, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var value) ? value : -1;
}
