namespace Policy.JsonSchema;

/// <summary>A schema that cannot be loaded or compiled: the message says what and where, for a person.</summary>
public sealed class SchemaLoadException : Exception
{
    public SchemaLoadException(string message, string? file = null, string? schemaPointer = null)
        : base(message)
    {
        File = file;
        SchemaPointer = schemaPointer;
    }

    /// <summary>The schema file (or URI when it was not loaded from a file) where the problem is.</summary>
    public string? File { get; }

    /// <summary>RFC 6901 pointer inside that file to the offending keyword, when known.</summary>
    public string? SchemaPointer { get; }

    /// <summary>The position in the file, when the problem is a parse error.</summary>
    public SourcePosition? Position { get; init; }
}
