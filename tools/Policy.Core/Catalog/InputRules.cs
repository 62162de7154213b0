using Policy.Core.Findings;

namespace Policy.Core.Catalog;

/// <summary>
/// Findings about a file itself, before any repository rule can read it: it cannot be read, is not
/// strict JSON, names no or an unknown kind, or breaks its schema. Each gets its own finding and the
/// other files are still checked.
/// </summary>
public static class InputRules
{
    private const string Family = "input";
    private const string HowFilesAreRead = "docs/format.md (How files are read)";

    public static RuleDescriptor JsonSyntax { get; } = new("JSON-01", Family, Severity.Error, "The file is not valid JSON.", "RFC 8259; " + HowFilesAreRead);

    public static RuleDescriptor JsonDuplicateKey { get; } = new("JSON-02", Family, Severity.Error, "An object has the same property name twice.", "RFC 8259 §4; RFC 8785 (I-JSON)");

    public static RuleDescriptor JsonEncoding { get; } = new("JSON-03", Family, Severity.Error, "The file is not UTF-8 without a byte-order mark.", "RFC 8259 §8.1");

    public static RuleDescriptor JsonTooDeep { get; } = new("JSON-04", Family, Severity.Error, "The file nests objects and arrays deeper than the limit.", HowFilesAreRead);

    public static RuleDescriptor JsonNotHashable { get; } = new("JSON-05", Family, Severity.Error, "The file cannot be put in RFC 8785 canonical form, so it has no content hash.", "RFC 8785; docs/format.md (Content hash)");

    public static RuleDescriptor FileTooLarge { get; } = new("FILE-01", Family, Severity.Error, "The file is larger than the configured size limit.", HowFilesAreRead);

    public static RuleDescriptor FileUnreadable { get; } = new("FILE-02", Family, Severity.Error, "The file or folder cannot be read.", HowFilesAreRead);

    public static RuleDescriptor FileOutsideRepository { get; } = new("FILE-03", Family, Severity.Error, "A link points outside the repository; it is not followed.", HowFilesAreRead);

    public static RuleDescriptor KindMissing { get; } = new("KIND-01", Family, Severity.Error, "The JSON file has no string `kind`, so it is not an artefact the tool can check.", "docs/format.md (The common envelope)");

    public static RuleDescriptor KindUnknown { get; } = new("KIND-02", Family, Severity.Error, "The `kind` names no schema in the schema set.", "docs/format.md (The common envelope)");

    public static RuleDescriptor SchemaViolation { get; } = new("SCHEMA-01", Family, Severity.Error, "The artefact does not conform to the JSON Schema of its kind.", "JSON Schema 2020-12; docs/format.md");

    public static RuleDescriptor SchemaMismatch { get; } = new("SCHEMA-02", Family, Severity.Error, "The artefact's `$schema` names another schema than the one its `kind` is validated against.", "docs/format.md (The common envelope)");

    public static IReadOnlyList<RuleDescriptor> All { get; } =
    [
        JsonSyntax, JsonDuplicateKey, JsonEncoding, JsonTooDeep, JsonNotHashable,
        FileTooLarge, FileUnreadable, FileOutsideRepository,
        KindMissing, KindUnknown, SchemaViolation, SchemaMismatch,
    ];
}
