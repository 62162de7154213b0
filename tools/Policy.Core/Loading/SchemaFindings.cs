using Policy.Core.Findings;
using Policy.Core.Rules;
using Policy.JsonSchema;

namespace Policy.Core.Loading;

/// <summary>SCHEMA-01: one validation error as a finding on the offending value, related to the schema keyword that failed.</summary>
public static class SchemaFindings
{
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
            SubjectPointer = MissingProperty(error) is { } name ? error.InstanceLocation + "/" + JsonPointer.Escape(name) : null,
        };
    }

    /// <summary>The property a <c>required</c> error names (its message quotes it).</summary>
    private static string? MissingProperty(ValidationError error)
    {
        if (error.Keyword != "required")
        {
            return null;
        }

        var open = error.Message.IndexOf('"', StringComparison.Ordinal);
        var close = open < 0 ? -1 : error.Message.LastIndexOf('"');
        return close > open ? error.Message[(open + 1)..close] : null;
    }

    private static string Pointer(string absoluteKeywordLocation)
    {
        var hash = absoluteKeywordLocation.IndexOf('#', StringComparison.Ordinal);
        return hash < 0 ? string.Empty : Uri.UnescapeDataString(absoluteKeywordLocation[(hash + 1)..]);
    }
}
