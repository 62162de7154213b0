namespace Policy.JsonSchema.Tests.Conformance;

/// <summary>
/// Required suite cases we knowingly fail, each with its reason (also listed in docs/json-schema.md).
/// Keyed by "file | group | test". The target is an empty list.
/// </summary>
internal static class KnownFailures
{
    public static readonly IReadOnlyDictionary<string, string> Required = new Dictionary<string, string>(StringComparer.Ordinal);
}
