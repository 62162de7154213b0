using System.Text;
using System.Text.Json;

namespace Policy.JsonSchema;

/// <summary>
/// A strictly parsed JSON file that can say where any value starts. A position is found when asked for,
/// by walking the parsed document (<see cref="ElementPositions"/>), so a valid file costs no more than a plain parse.
/// </summary>
public sealed class JsonSourceDocument : IDisposable
{
    private readonly JsonDocument document;
    private readonly Lazy<PositionIndex> positions;

    private JsonSourceDocument(JsonDocument document, ReadOnlyMemory<byte> utf8, int maxDepth)
    {
        this.document = document;
        Utf8 = utf8;
        positions = new Lazy<PositionIndex>(() => PositionIndex.Build(utf8, maxDepth), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    public JsonElement Root => document.RootElement;

    public ReadOnlyMemory<byte> Utf8 { get; }

    /// <summary>
    /// Parses UTF-8 bytes; throws <see cref="JsonSourceException"/> for anything not strictly valid. The
    /// document reads its values and positions from these bytes, so they must not change while it is used.
    /// </summary>
    public static JsonSourceDocument Parse(ReadOnlyMemory<byte> utf8, JsonSourceOptions? options = null)
    {
        options ??= JsonSourceOptions.Default;
        var span = utf8.Span;
        if (utf8.Length > options.MaxBytes)
        {
            throw new JsonSourceException(
                JsonSourceErrorKind.TooLarge,
                $"file is {utf8.Length:N0} bytes, over the limit of {options.MaxBytes:N0} bytes",
                SourcePosition.Start);
        }

        if (span.Length >= 3 && span[0] == 0xEF && span[1] == 0xBB && span[2] == 0xBF)
        {
            throw new JsonSourceException(
                JsonSourceErrorKind.ByteOrderMark,
                "file starts with a UTF-8 byte-order mark; save it as UTF-8 without BOM",
                SourcePosition.Start);
        }

        if (span.Trim(" \t\r\n"u8).IsEmpty)
        {
            throw new JsonSourceException(JsonSourceErrorKind.Empty, "file is empty; expected a JSON value", SourcePosition.Start);
        }

        if (!System.Text.Unicode.Utf8.IsValid(span))
        {
            var offset = FirstInvalidUtf8Offset(span);
            throw new JsonSourceException(
                JsonSourceErrorKind.InvalidUtf8,
                $"file is not valid UTF-8 (bad byte 0x{span[offset]:X2})",
                LineMap.PositionOf(span, offset));
        }

        var documentOptions = new JsonDocumentOptions
        {
            MaxDepth = options.MaxDepth,
            AllowTrailingCommas = false,
            CommentHandling = JsonCommentHandling.Disallow,
            AllowDuplicateProperties = false,
        };

        JsonDocument parsed;
        try
        {
            parsed = JsonDocument.Parse(utf8, documentOptions);
        }
        catch (JsonException)
        {
            // The fast parser said no; a careful pass says exactly why and where.
            throw StrictReader.Diagnose(span, options.MaxDepth);
        }
        catch (InvalidOperationException) when (LoneSurrogateError(span) is { } lone)
        {
            // The duplicate-name check decodes names, and a lone surrogate in one stops it.
            throw lone;
        }

        if (LoneSurrogateError(span) is { } error)
        {
            parsed.Dispose();
            throw error;
        }

        return new JsonSourceDocument(parsed, utf8, options.MaxDepth);
    }

    /// <summary>Where the value at an RFC 6901 pointer starts; the nearest existing ancestor if it does not exist.</summary>
    public SourcePosition GetPosition(string instancePointer) =>
        ElementPositions.Find(Root, Utf8.Span, instancePointer) is { } found ? LineMap.PositionOf(Utf8.Span, found.Value) : positions.Value.ValueStart(instancePointer);

    /// <summary>Where the member name of the value at the pointer starts; the value's position for array items and the root.</summary>
    public SourcePosition GetPropertyNamePosition(string instancePointer) =>
        ElementPositions.Find(Root, Utf8.Span, instancePointer) is { } found ? LineMap.PositionOf(Utf8.Span, found.Name) : positions.Value.NameStart(instancePointer);

    public void Dispose() => document.Dispose();

    private static JsonSourceException? LoneSurrogateError(ReadOnlySpan<byte> span)
    {
        var (offset, unit) = LoneSurrogates.Find(span);
        return offset < 0 ? null : new JsonSourceException(
            JsonSourceErrorKind.LoneSurrogate,
            $"unpaired surrogate \\u{unit:X4} in a string; I-JSON (RFC 7493) forbids it, and it has no UTF-8 or canonical form. Write the character itself, or its full surrogate pair",
            LineMap.PositionOf(span, offset));
    }

    private static int FirstInvalidUtf8Offset(ReadOnlySpan<byte> span)
    {
        var offset = 0;
        while (offset < span.Length)
        {
            if (System.Text.Rune.DecodeFromUtf8(span[offset..], out _, out var consumed) != System.Buffers.OperationStatus.Done)
            {
                return offset;
            }

            offset += consumed;
        }

        return Math.Max(0, span.Length - 1);
    }
}
