using System.Collections.Concurrent;
using System.Text.Json;

namespace Policy.Core.Diff;

/// <summary>What the diff needs of a file without loading it: its kind, id and system, and the hash of every string value in it.</summary>
/// <param name="Values">The distinct <see cref="JsonValueHash"/> of the file's string values (unescaped), sorted.</param>
public sealed record FileEnvelope(string? Kind, string? Id, string? System, ulong[] Values)
{
    private static readonly JsonReaderOptions ReaderOptions = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true, MaxDepth = 1024 };

    /// <summary>The values that name this file: its id and its system.</summary>
    public IEnumerable<string> Keys => new[] { Id, System }.OfType<string>().Where(k => k.Length > 0).Distinct(StringComparer.Ordinal);

    /// <summary>Whether some string value of this file is (or hashes as) <paramref name="value"/>.</summary>
    public bool HasValue(string value) => Array.BinarySearch(Values, JsonValueHash.Of(value)) >= 0;

    /// <summary>
    /// The envelope of one file, read with a forward-only reader; null when it is not a JSON object
    /// (or a string in it is not valid UTF-8, as reading it as a string would find).
    /// </summary>
    public static FileEnvelope? Read(byte[] bytes)
    {
        try
        {
            var reader = new Utf8JsonReader(bytes, ReaderOptions);
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return null;
            }

            var values = new List<ulong>();
            var unescaped = new byte[256];
            string? kind = null, id = null, system = null;
            var member = TopMember.Other;
            while (reader.Read())
            {
                switch (reader.TokenType)
                {
                    case JsonTokenType.PropertyName:
                        member = reader.CurrentDepth != 1 ? TopMember.Other
                            : reader.ValueTextEquals("kind"u8) ? TopMember.Kind
                            : reader.ValueTextEquals("id"u8) ? TopMember.Id
                            : reader.ValueTextEquals("system"u8) ? TopMember.System
                            : TopMember.Other;
                        break;
                    case JsonTokenType.String:
                        values.Add(JsonValueHash.Of(Unescaped(ref reader, ref unescaped)));
                        if (reader.CurrentDepth == 1 && member != TopMember.Other)
                        {
                            // The first occurrence, as the strict parse that rejects duplicates would have it.
                            var value = reader.GetString()!;
                            switch (member)
                            {
                                case TopMember.Kind: kind ??= value; break;
                                case TopMember.Id: id ??= value; break;
                                case TopMember.System: system ??= value; break;
                            }
                        }

                        break;
                }
            }

            return new FileEnvelope(kind, id, system, SortedDistinct(values));
        }
        catch (Exception error) when (error is JsonException or InvalidOperationException)
        {
            return null;
        }
    }

    private static ulong[] SortedDistinct(List<ulong> values)
    {
        values.Sort();
        var distinct = new List<ulong>(values.Count);
        foreach (var value in values)
        {
            if (distinct.Count == 0 || distinct[^1] != value)
            {
                distinct.Add(value);
            }
        }

        return [.. distinct];
    }

    /// <summary>The value's UTF-8 bytes, unescaped; a value that is not valid UTF-8 throws.</summary>
    private static ReadOnlySpan<byte> Unescaped(ref Utf8JsonReader reader, ref byte[] buffer)
    {
        ReadOnlySpan<byte> value;
        if (reader.ValueIsEscaped || reader.HasValueSequence)
        {
            var length = reader.HasValueSequence ? checked((int)reader.ValueSequence.Length) : reader.ValueSpan.Length;
            if (buffer.Length < length)
            {
                buffer = new byte[length];
            }

            value = buffer.AsSpan(0, reader.CopyString(buffer));
        }
        else
        {
            value = reader.ValueSpan;
        }

        return global::System.Text.Unicode.Utf8.IsValid(value) ? value : throw new InvalidOperationException("A string value is not valid UTF-8.");
    }

    private enum TopMember
    {
        Other,
        Kind,
        Id,
        System,
    }
}

/// <summary>Each file content's envelope, read once for all of the diff's steps and both sides (by content: a shared file is one array).</summary>
public sealed class FileEnvelopes
{
    private readonly ConcurrentDictionary<byte[], FileEnvelope?> read = new(ReferenceEqualityComparer.Instance);

    public FileEnvelope? Of(byte[] bytes) => read.GetOrAdd(bytes, FileEnvelope.Read);
}
