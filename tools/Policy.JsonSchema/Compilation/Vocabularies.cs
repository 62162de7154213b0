using System.Text.Json;
using Policy.JsonSchema.Loading;

namespace Policy.JsonSchema.Compilation;

/// <summary>
/// $vocabulary support: a resource whose $schema names a meta-schema with a $vocabulary uses only
/// those vocabularies' keywords; a required vocabulary we do not know is a load error.
/// </summary>
internal static class Vocabularies
{
    private const string Prefix = "https://json-schema.org/draft/2020-12/vocab/";

    public const string Validation = Prefix + "validation";
    public const string Applicator = Prefix + "applicator";
    public const string Unevaluated = Prefix + "unevaluated";
    public const string FormatAssertion = Prefix + "format-assertion";
    public const string FormatAnnotation = Prefix + "format-annotation";

    private static readonly HashSet<string> Known = new(StringComparer.Ordinal)
    {
        Prefix + "core", Applicator, Unevaluated, Validation, Prefix + "meta-data", FormatAnnotation, FormatAssertion, Prefix + "content",
    };

    private static readonly HashSet<string> ValidationKeywords = new(StringComparer.Ordinal)
    {
        "type", "enum", "const", "multipleOf", "maximum", "exclusiveMaximum", "minimum", "exclusiveMinimum",
        "maxLength", "minLength", "pattern", "maxItems", "minItems", "uniqueItems", "maxContains", "minContains",
        "maxProperties", "minProperties", "required", "dependentRequired",
    };

    private static readonly HashSet<string> ApplicatorKeywords = new(StringComparer.Ordinal)
    {
        "prefixItems", "items", "contains", "additionalProperties", "properties", "patternProperties",
        "dependentSchemas", "propertyNames", "if", "then", "else", "allOf", "anyOf", "oneOf", "not",
    };

    /// <summary>Whether a keyword is active under the given vocabularies (null: all of 2020-12).</summary>
    public static bool Allows(HashSet<string>? vocabularies, string keyword)
    {
        if (vocabularies is null)
        {
            return true;
        }

        if (ValidationKeywords.Contains(keyword))
        {
            return vocabularies.Contains(Validation);
        }

        if (ApplicatorKeywords.Contains(keyword))
        {
            return vocabularies.Contains(Applicator);
        }

        if (keyword is "unevaluatedItems" or "unevaluatedProperties")
        {
            return vocabularies.Contains(Unevaluated);
        }

        return true;
    }

    /// <summary>Reads a meta-schema's $vocabulary; null when it has none (then every 2020-12 keyword applies).</summary>
    public static HashSet<string>? Read(JsonElement metaSchema, string metaSchemaUri, SchemaResource user)
    {
        if (metaSchema.ValueKind != JsonValueKind.Object || !metaSchema.TryGetProperty("$vocabulary", out var declared) || declared.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        var result = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in declared.EnumerateObject())
        {
            if (Known.Contains(entry.Name))
            {
                result.Add(entry.Name);
            }
            else if (entry.Value.ValueKind == JsonValueKind.True)
            {
                throw new SchemaLoadException(
                    $"the meta-schema {metaSchemaUri} requires the vocabulary {entry.Name}, which this validator does not know",
                    user.Document.File ?? user.Document.RetrievalUri,
                    user.DocumentPointer + "/$schema");
            }
        }

        return result;
    }
}
