namespace Policy.JsonSchema.Loading;

/// <summary>Which 2020-12 keywords hold subschemas, and how: the walk that finds $id and anchors follows only these.</summary>
internal static class SubschemaKeywords
{
    public static readonly HashSet<string> Single = new(StringComparer.Ordinal)
    {
        "additionalProperties", "items", "contains", "propertyNames", "if", "then", "else", "not",
        "unevaluatedItems", "unevaluatedProperties", "contentSchema",
    };

    public static readonly HashSet<string> Array = new(StringComparer.Ordinal) { "prefixItems", "allOf", "anyOf", "oneOf" };

    public static readonly HashSet<string> Map = new(StringComparer.Ordinal)
    {
        "properties", "patternProperties", "$defs", "dependentSchemas", "definitions",
    };
}
