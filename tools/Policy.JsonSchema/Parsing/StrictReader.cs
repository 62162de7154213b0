using System.Text.Json;

namespace Policy.JsonSchema;

/// <summary>
/// Re-reads a document the fast parser refused, to name the problem (syntax, duplicate key, depth)
/// and its exact position.
/// </summary>
internal static class StrictReader
{
    public static JsonSourceException Diagnose(ReadOnlySpan<byte> utf8, int maxDepth)
    {
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions
        {
            MaxDepth = maxDepth + 2, // our own depth check below fires first, with a clearer message
            AllowTrailingCommas = false,
            CommentHandling = JsonCommentHandling.Disallow,
        });

        var names = new Stack<HashSet<string>?>();
        try
        {
            while (reader.Read())
            {
                switch (reader.TokenType)
                {
                    case JsonTokenType.StartObject:
                    case JsonTokenType.StartArray:
                        if (reader.CurrentDepth >= maxDepth)
                        {
                            return new JsonSourceException(
                                JsonSourceErrorKind.TooDeep,
                                $"nesting is deeper than the limit of {maxDepth} levels",
                                LineMap.PositionOf(utf8, reader.TokenStartIndex));
                        }

                        names.Push(reader.TokenType == JsonTokenType.StartObject ? new HashSet<string>(StringComparer.Ordinal) : null);
                        break;
                    case JsonTokenType.EndObject:
                    case JsonTokenType.EndArray:
                        names.Pop();
                        break;
                    case JsonTokenType.PropertyName:
                        var name = reader.GetString()!;
                        if (names.Peek() is { } seen && !seen.Add(name))
                        {
                            return new JsonSourceException(
                                JsonSourceErrorKind.DuplicateKey,
                                $"duplicate property name \"{name}\" in the same object",
                                LineMap.PositionOf(utf8, reader.TokenStartIndex));
                        }

                        break;
                }
            }
        }
        catch (JsonException error)
        {
            return new JsonSourceException(JsonSourceErrorKind.Syntax, CleanMessage(error.Message), PositionOf(utf8, error));
        }
        catch (InvalidOperationException)
        {
            // Decoding a property name met a lone surrogate before the syntax error.
            return new JsonSourceException(JsonSourceErrorKind.LoneSurrogate, "unpaired surrogate in a property name; I-JSON (RFC 7493) forbids it", LineMap.PositionOf(utf8, reader.TokenStartIndex));
        }

        // The reader accepted what the document parser refused: report the parser's view at the start.
        return new JsonSourceException(JsonSourceErrorKind.Syntax, "the file is not valid JSON", SourcePosition.Start);
    }

    private static SourcePosition PositionOf(ReadOnlySpan<byte> utf8, JsonException error)
    {
        var line = (int)(error.LineNumber ?? 0);
        var bytesInLine = (int)(error.BytePositionInLine ?? 0);
        var lineStart = 0;
        for (var current = 0; current < line && lineStart < utf8.Length; lineStart++)
        {
            if (utf8[lineStart] == (byte)'\n')
            {
                current++;
                if (current == line)
                {
                    lineStart++;
                    break;
                }
            }
        }

        var end = Math.Min(utf8.Length, lineStart + bytesInLine);
        return new SourcePosition(line + 1, LineMap.ColumnOf(utf8[lineStart..end]));
    }

    /// <summary>System.Text.Json appends its own 0-based position to messages; ours are 1-based and separate.</summary>
    private static string CleanMessage(string message)
    {
        var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        var text = (cut >= 0 ? message[..cut] : message).Trim();
        return text.EndsWith('.') ? text[..^1] : text;
    }
}
