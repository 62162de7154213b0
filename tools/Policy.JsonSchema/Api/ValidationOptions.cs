namespace Policy.JsonSchema;

/// <summary>How a schema set validates.</summary>
public sealed record ValidationOptions
{
    public static ValidationOptions Default { get; } = new();

    /// <summary>Whether <c>format</c> is an assertion (true) or only an annotation (false, the 2020-12 default).</summary>
    public bool AssertFormat { get; init; } = true;

    /// <summary>How long one regular expression may run on one value before it counts as a failure.</summary>
    public TimeSpan RegexTimeout { get; init; } = TimeSpan.FromSeconds(1);
}
