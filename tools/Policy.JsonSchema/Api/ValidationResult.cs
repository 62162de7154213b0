namespace Policy.JsonSchema;

/// <summary>The outcome of validating one instance: valid, or the errors that say why not.</summary>
public sealed class ValidationResult
{
    internal static ValidationResult Valid { get; } = new(Array.Empty<ValidationError>());

    internal ValidationResult(IReadOnlyList<ValidationError> errors) => Errors = errors;

    public bool IsValid => Errors.Count == 0;

    public IReadOnlyList<ValidationError> Errors { get; }
}
