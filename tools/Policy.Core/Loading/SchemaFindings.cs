using Policy.Core.Catalog;
using Policy.Core.Findings;
using Policy.JsonSchema;

namespace Policy.Core.Loading;

/// <summary>SCHEMA-01: one validation error as a finding on the offending value, related to the schema keyword that failed.</summary>
public static class SchemaFindings
{
    /// <summary>
    /// Validates a parsed file against a schema: one finding per error, on the offending value (on the
    /// member name for a property that should not be there), related to the keyword in the schema file.
    /// </summary>
    /// <param name="file">The repository-relative path findings carry.</param>
    public static IEnumerable<Finding> Validate(SchemaCatalog.KindSchema schema, JsonSourceDocument document, string file, SchemaSourceMap sources, Func<string, string> relative)
    {
        foreach (var error in schema.Schema.Validate(document.Root).Errors)
        {
            var position = error.Keyword is "unevaluatedProperties" or "additionalProperties"
                ? document.GetPropertyNamePosition(error.InstanceLocation)
                : document.GetPosition(error.InstanceLocation);
            yield return From(error, new SourceLocation(file, position.Line, position.Column, error.InstanceLocation), sources, relative(schema.File), relative);
        }
    }

    /// <param name="schemaFile">The validating schema, repository-relative, when the keyword cannot be located more precisely.</param>
    /// <param name="relative">Turns a full schema path into the path findings carry.</param>
    public static Finding From(ValidationError error, SourceLocation at, SchemaSourceMap? sources, string schemaFile, Func<string, string> relative)
    {
        var keyword = sources?.Locate(error.AbsoluteKeywordLocation) is { } found
            ? new SourceLocation(relative(found.File), found.Position.Line, found.Position.Column, Pointer(error.AbsoluteKeywordLocation))
            : new SourceLocation(schemaFile, 1, 1, error.KeywordLocation);
        return new(InputRules.SchemaViolation.Id, InputRules.SchemaViolation.DefaultSeverity, error.Message, at)
        {
            Related = [new RelatedLocation(keyword, $"schema keyword {error.KeywordLocation}")],
            SubjectPointer = error.MissingProperty is { } name ? error.InstanceLocation + "/" + JsonPointer.Escape(name) : null,
        };
    }

    private static string Pointer(string absoluteKeywordLocation)
    {
        var hash = absoluteKeywordLocation.IndexOf('#', StringComparison.Ordinal);
        return hash < 0 ? string.Empty : Uri.UnescapeDataString(absoluteKeywordLocation[(hash + 1)..]);
    }
}
