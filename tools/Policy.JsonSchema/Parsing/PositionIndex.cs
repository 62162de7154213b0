using System.Text;
using System.Text.Json;

namespace Policy.JsonSchema;

/// <summary>
/// Pointer → byte offsets of every value and member name, built by one reader pass on demand. It reads the
/// document's own bytes (which the parsed document needs unchanged anyway) instead of a copy of them.
/// </summary>
internal sealed class PositionIndex
{
    private readonly ReadOnlyMemory<byte> text;
    private readonly Dictionary<string, (long Value, long Name)> offsets;

    private PositionIndex(ReadOnlyMemory<byte> text, Dictionary<string, (long Value, long Name)> offsets)
    {
        this.text = text;
        this.offsets = offsets;
    }

    public static PositionIndex Build(ReadOnlyMemory<byte> utf8, int maxDepth)
    {
        var offsets = new Dictionary<string, (long Value, long Name)>(StringComparer.Ordinal);
        var reader = new Utf8JsonReader(utf8.Span, new JsonReaderOptions { MaxDepth = maxDepth + 2 });
        var containers = new Stack<Container>();
        string? pendingName = null;
        long pendingNameOffset = -1;

        while (reader.Read())
        {
            if (reader.TokenType == JsonTokenType.PropertyName)
            {
                pendingName = reader.GetString();
                pendingNameOffset = reader.TokenStartIndex;
                continue;
            }

            if (reader.TokenType is JsonTokenType.EndObject or JsonTokenType.EndArray)
            {
                containers.Pop();
                continue;
            }

            string pointer;
            long nameOffset;
            if (containers.Count == 0)
            {
                pointer = string.Empty;
                nameOffset = reader.TokenStartIndex;
            }
            else
            {
                var parent = containers.Peek();
                if (parent.IsArray)
                {
                    pointer = parent.Pointer + "/" + parent.NextIndex.ToString(System.Globalization.CultureInfo.InvariantCulture);
                    parent.NextIndex++;
                    nameOffset = reader.TokenStartIndex;
                }
                else
                {
                    pointer = parent.Pointer + "/" + JsonPointer.Escape(pendingName!);
                    nameOffset = pendingNameOffset;
                }
            }

            offsets.TryAdd(pointer, (reader.TokenStartIndex, nameOffset));
            if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
            {
                containers.Push(new Container(pointer, reader.TokenType == JsonTokenType.StartArray));
            }
        }

        return new PositionIndex(utf8, offsets);
    }

    public SourcePosition ValueStart(string pointer) => LineMap.PositionOf(text.Span, Find(pointer).Value);

    public SourcePosition NameStart(string pointer) => LineMap.PositionOf(text.Span, Find(pointer).Name);

    private (long Value, long Name) Find(string pointer)
    {
        var current = pointer;
        while (true)
        {
            if (offsets.TryGetValue(current, out var found))
            {
                return found;
            }

            if (current.Length == 0)
            {
                return (0, 0);
            }

            var slash = current.LastIndexOf('/');
            current = slash <= 0 ? string.Empty : current[..slash];
        }
    }

    private sealed class Container(string pointer, bool isArray)
    {
        public string Pointer { get; } = pointer;

        public bool IsArray { get; } = isArray;

        public int NextIndex { get; set; }
    }
}
