using Policy.Core.Findings;
using Policy.Core.Rules;
using Policy.JsonSchema;

namespace Policy.Core.Loading;

/// <summary>SCHEMA-01: one validation error as a finding on the offending value, related to the schema keyword that failed.</summary>
public static class SchemaFindings
{
    public static Finding From(ValidationError error, SourceLocation at, string schemaFile) =>
        new(InputRules.SchemaViolation.Id, InputRules.SchemaViolation.DefaultSeverity, error.Message, at)
        {
            Related = [new RelatedLocation(new SourceLocation(schemaFile, 1, 1, error.KeywordLocation), $"schema keyword {error.KeywordLocation}")],
        };
}
