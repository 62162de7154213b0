namespace Policy.JsonSchema;

/// <summary>One reason an instance does not satisfy a schema.</summary>
/// <param name="InstanceLocation">RFC 6901 pointer to the offending value ("" is the root).</param>
/// <param name="KeywordLocation">Schema path through any $ref, e.g. "/allOf/0/$ref/properties/owner/required".</param>
/// <param name="AbsoluteKeywordLocation">Absolute URI and fragment of the failing keyword.</param>
/// <param name="Keyword">The failing keyword ("required", "type", ...).</param>
/// <param name="Message">One sentence for a person.</param>
public sealed record ValidationError(
    string InstanceLocation,
    string KeywordLocation,
    string AbsoluteKeywordLocation,
    string Keyword,
    string Message)
{
    /// <summary>The property a <c>required</c> or <c>dependentRequired</c> error says is missing from the object at <see cref="InstanceLocation"/>.</summary>
    public string? MissingProperty { get; init; }
}
