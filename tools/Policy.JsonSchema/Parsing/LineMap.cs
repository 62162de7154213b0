using System.Text;

namespace Policy.JsonSchema;

/// <summary>Turns byte offsets in UTF-8 text into line and character column.</summary>
internal static class LineMap
{
    public static SourcePosition PositionOf(ReadOnlySpan<byte> utf8, long offset)
    {
        offset = Math.Clamp(offset, 0, utf8.Length);
        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < offset; i++)
        {
            if (utf8[i] == (byte)'\n')
            {
                line++;
                lineStart = i + 1;
            }
        }

        return new SourcePosition(line, ColumnOf(utf8[lineStart..(int)offset]));
    }

    /// <summary>Column from the bytes of a line before the position; invalid sequences count one each.</summary>
    public static int ColumnOf(ReadOnlySpan<byte> lineBytesBefore) => Encoding.UTF8.GetCharCount(lineBytesBefore) + 1;
}
