using Policy.JsonSchema;

namespace Policy.Core.Validation;

/// <summary>The knobs of one validation run.</summary>
public sealed record ValidationSettings
{
    /// <summary>The date approvals and deadlines are judged against.</summary>
    public DateTime Today { get; init; } = DateTime.UtcNow.Date;

    /// <summary>Size and depth limits for every file.</summary>
    public JsonSourceOptions Parse { get; init; } = JsonSourceOptions.Default;

    /// <summary>How many files are read and validated at once.</summary>
    public int MaxParallelism { get; init; } = Environment.ProcessorCount;
}
