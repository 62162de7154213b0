namespace Policy.JsonSchema;

/// <summary>Why a file is not acceptable JSON under our strict rules.</summary>
public enum JsonSourceErrorKind
{
    Syntax,
    DuplicateKey,
    InvalidUtf8,
    ByteOrderMark,
    TooDeep,
    TooLarge,
    Empty,

    /// <summary>A <c>\uD800</c>-<c>\uDFFF</c> escape without its pair (I-JSON, RFC 7493 §2.1).</summary>
    LoneSurrogate,
}

/// <summary>A file that cannot be parsed strictly; the message is a sentence for a person, the position where it went wrong.</summary>
public sealed class JsonSourceException : Exception
{
    public JsonSourceException(JsonSourceErrorKind kind, string message, SourcePosition position)
        : base(message)
    {
        Kind = kind;
        Position = position;
    }

    public JsonSourceErrorKind Kind { get; }

    public SourcePosition Position { get; }
}
