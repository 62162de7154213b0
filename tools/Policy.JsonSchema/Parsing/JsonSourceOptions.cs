namespace Policy.JsonSchema;

/// <summary>Limits for strict parsing: nothing deeper or larger than this is parsed at all.</summary>
public sealed record JsonSourceOptions
{
    public static JsonSourceOptions Default { get; } = new();

    /// <summary>Maximum nesting of objects and arrays.</summary>
    public int MaxDepth { get; init; } = 64;

    /// <summary>Maximum file size in bytes.</summary>
    public long MaxBytes { get; init; } = 4 * 1024 * 1024;
}
