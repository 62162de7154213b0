using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Policy.Core.Approving;

/// <summary>
/// Appends one object to an array member of a JSON file's root object by inserting text, so every other
/// byte of the user's file — its indentation, key order, line endings, escapes — stays as it was.
/// The new entry is written in the file's own indentation and line ending.
/// </summary>
public static class ArrayEntryInsertion
{
    /// <summary>
    /// The file's text with <paramref name="entry"/> appended to the root member <paramref name="member"/>,
    /// or null when that member is not an array of the root object (the caller then rewrites the file, saying so).
    /// </summary>
    public static string? Append(string text, string member, JsonObject entry)
    {
        if (Locate(text, member) is not { } array)
        {
            return null;
        }

        var newline = text.Contains("\r\n", StringComparison.Ordinal) ? "\r\n" : "\n";
        var unit = IndentUnit(text);
        if (array.LastElementStart is { } lastStart)
        {
            // Put the entry where the last one starts: on its own line with its indent, or inline after it.
            var indent = LeadingIndent(text, lastStart);
            var separator = indent is null ? ", " : "," + newline + indent;
            return text[..array.LastElementEnd] + separator + Serialise(entry, indent ?? string.Empty, unit, newline, inline: indent is null) + text[array.LastElementEnd..];
        }

        var outer = LeadingIndent(text, array.MemberStart) ?? string.Empty;
        var inner = outer + unit;
        var body = newline + inner + Serialise(entry, inner, unit, newline, inline: false) + newline + outer;
        return text[..(array.End - 1)] + body + text[(array.End - 1)..];
    }

    private sealed record ArraySpan(int MemberStart, int End, int? LastElementStart, int LastElementEnd);

    /// <summary>Char offsets of the member's name, the array's closing bracket (exclusive end) and its last element.</summary>
    private static ArraySpan? Locate(string text, string member)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Disallow });
        try
        {
            int? memberStart = null;
            int? lastStart = null;
            var lastEnd = 0;
            var arrayDepth = -1;
            while (reader.Read())
            {
                if (arrayDepth < 0)
                {
                    if (reader.TokenType == JsonTokenType.PropertyName && reader.CurrentDepth == 1 && reader.ValueTextEquals(member))
                    {
                        memberStart = (int)reader.TokenStartIndex;
                        if (!reader.Read() || reader.TokenType != JsonTokenType.StartArray)
                        {
                            return null;
                        }

                        arrayDepth = reader.CurrentDepth;
                    }

                    continue;
                }

                if (reader.CurrentDepth == arrayDepth && reader.TokenType == JsonTokenType.EndArray)
                {
                    int Chars(long byteOffset) => Encoding.UTF8.GetCharCount(bytes, 0, (int)byteOffset);
                    return new ArraySpan(Chars(memberStart!.Value), Chars(reader.BytesConsumed), lastStart is { } s ? Chars(s) : null, Chars(lastEnd));
                }

                if (reader.CurrentDepth == arrayDepth + 1 && reader.TokenType is not (JsonTokenType.EndObject or JsonTokenType.EndArray))
                {
                    lastStart = (int)reader.TokenStartIndex;
                }

                if (reader.CurrentDepth == arrayDepth + 1)
                {
                    lastEnd = (int)reader.BytesConsumed;
                }
            }
        }
        catch (JsonException)
        {
            return null;
        }

        return null;
    }

    /// <summary>The whitespace before <paramref name="offset"/> on its line, or null when something else precedes it there.</summary>
    private static string? LeadingIndent(string text, int offset)
    {
        var lineStart = text.LastIndexOf('\n', Math.Max(0, offset - 1)) + 1;
        var before = text[lineStart..offset];
        return before.All(c => c is ' ' or '\t') && lineStart > 0 ? before : null;
    }

    /// <summary>The file's indentation step: the indent of the first indented line (two spaces when none is).</summary>
    private static string IndentUnit(string text)
    {
        foreach (var line in text.Split('\n').Skip(1))
        {
            var indent = new string(line.TakeWhile(c => c is ' ' or '\t').ToArray());
            if (indent.Length > 0 && indent.Length < line.TrimEnd('\r').Length)
            {
                return indent;
            }
        }

        return "  ";
    }

    private static string Serialise(JsonObject entry, string indent, string unit, string newline, bool inline)
    {
        var options = new JsonSerializerOptions
        {
            WriteIndented = !inline,
            IndentCharacter = unit[0],
            IndentSize = unit.Length,
            NewLine = newline,
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        };
        var json = entry.ToJsonString(options);
        return inline ? json : json.Replace(newline, newline + indent, StringComparison.Ordinal);
    }
}
