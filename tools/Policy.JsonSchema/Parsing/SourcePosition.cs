namespace Policy.JsonSchema;

/// <summary>A place in a source file: 1-based line, and 1-based column counted in UTF-16 code units.</summary>
public readonly record struct SourcePosition(int Line, int Column)
{
    public static SourcePosition Start { get; } = new(1, 1);

    public override string ToString() => $"{Line}:{Column}";
}
