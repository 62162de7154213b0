using System.Text.Json;
using Policy.Core.Catalog;
using Policy.Core.Findings;
using Policy.Core.Model;
using Policy.JsonSchema;

namespace Policy.Core.Loading;

/// <summary>
/// Reads, parses and schema-validates one file. Every problem becomes a located finding; nothing
/// here throws for bad input, so one broken file never stops the others from being checked.
/// </summary>
public sealed class ArtefactLoader
{
    private readonly RepositoryLayout layout;
    private readonly SchemaCatalog schemas;
    private readonly JsonSourceOptions parseOptions;

    public ArtefactLoader(RepositoryLayout layout, SchemaCatalog schemas, JsonSourceOptions parseOptions)
    {
        this.layout = layout;
        this.schemas = schemas;
        this.parseOptions = parseOptions;
    }

    /// <summary>A further check after the schema's; only tests set it, to stand for a check with a bug.</summary>
    internal Action<Artefact>? ThenCheck { get; init; }

    /// <summary>What loading one file gave: the artefact when it parsed and names a known kind, and its findings.</summary>
    public sealed record Outcome(Artefact? Artefact, IReadOnlyList<Finding> Findings)
    {
        /// <summary>Whether the file was read and validated against a schema (counted as checked).</summary>
        public bool SchemaChecked { get; init; }
    }

    /// <summary>
    /// Loads one file. A bug met on the way (in a schema keyword, a format, the hash) becomes TOOL-01 on
    /// this file; the artefact is kept when it was read, so the repository rules still see it.
    /// </summary>
    public Outcome Load(string fullPath) => Load(fullPath, file => FileReading.Read(fullPath, file, parseOptions));

    /// <summary>
    /// Loads the file at <paramref name="fullPath"/> in this layout from its bytes, already read
    /// (`policy diff` holds both sides' files in memory, a Git revision's never written out).
    /// </summary>
    public Outcome Load(string fullPath, byte[] bytes) => Load(fullPath, file => FileReading.Parse(bytes, file, parseOptions));

    /// <param name="read">Reads and parses the file, given its repository-relative path.</param>
    private Outcome Load(string fullPath, Func<string, FileReading.Result> read)
    {
        var file = layout.Relative(fullPath);
        var findings = new List<Finding>();
        Artefact? artefact = null;
        try
        {
            if (schemas.OnlySchema is { } only)
            {
                return new Outcome(null, findings) { SchemaChecked = CheckAgainst(only, read(file), file, findings) };
            }

            if (Identify(read(file), file, findings) is { } identified)
            {
                artefact = identified.Artefact;
                Check(identified.Artefact, fullPath, identified.Schema, findings);
            }
        }
        catch (Exception error) when (ToolRules.IsCheckFailure(error))
        {
            findings.Add(ToolRules.Failure("checking this file", error, SourceLocation.StartOf(file)));
        }

        return new Outcome(artefact, findings) { SchemaChecked = artefact is not null };
    }

    /// <summary>
    /// The artefact <see cref="Load(string, byte[])"/> would give, without the schema check and the findings:
    /// for `policy diff`, a file both sides share whose findings are the same on both and cancel.
    /// </summary>
    public Artefact? ReadArtefact(string fullPath, byte[] bytes)
    {
        try
        {
            var file = layout.Relative(fullPath);
            return schemas.OnlySchema is null ? Identify(FileReading.Parse(bytes, file, parseOptions), file, [])?.Artefact : null;
        }
        catch (Exception error) when (ToolRules.IsCheckFailure(error))
        {
            return null;
        }
    }

    /// <summary>`validate --schema`: the file against the one schema, with no kind, model or hash; false when it could not be read.</summary>
    private bool CheckAgainst(SchemaCatalog.KindSchema schema, FileReading.Result read, string file, List<Finding> findings)
    {
        findings.AddRange(read.Findings);
        if (read.Document is not { } document)
        {
            return false;
        }

        using (document)
        {
            findings.AddRange(SchemaFindings.Validate(schema, document, file, schemas.Sources, layout.Relative));
            return true;
        }
    }

    /// <summary>Finds the read file's kind's schema; null (with findings) when it is not an artefact of a known kind.</summary>
    private (Artefact Artefact, SchemaCatalog.KindSchema Schema)? Identify(FileReading.Result read, string file, List<Finding> findings)
    {
        findings.AddRange(read.Findings);
        if (read.Document is not { } document)
        {
            return null;
        }

        var root = document.Root;
        if (root.ValueKind != JsonValueKind.Object || root.String("kind") is not { } kind)
        {
            document.Dispose();
            findings.Add(new Finding(
                InputRules.KindMissing.Id,
                InputRules.KindMissing.DefaultSeverity,
                "the file has no string `kind`, so it is not an artefact; add `kind` (one of " + string.Join(", ", schemas.Kinds.Order(StringComparer.Ordinal)) + ") or move the file out of the policy folder",
                SourceLocation.StartOf(file)));
            return null;
        }

        var artefact = new Artefact(file, document);
        if (schemas.ForKind(kind) is not { } schema)
        {
            findings.Add(new Finding(
                InputRules.KindUnknown.Id,
                InputRules.KindUnknown.DefaultSeverity,
                $"kind '{kind}' has no schema in {layout.Relative(schemas.Directory)}; known kinds are {string.Join(", ", schemas.Kinds.Order(StringComparer.Ordinal))}",
                artefact.At("/kind")));
            return null;
        }

        return (artefact, schema);
    }

    /// <summary>The schema, the declared `$schema` and that a content hash exists (it is computed only when read).</summary>
    private void Check(Artefact artefact, string fullPath, SchemaCatalog.KindSchema schema, List<Finding> findings)
    {
        findings.AddRange(SchemaFindings.Validate(schema, artefact.Document, artefact.File, schemas.Sources, layout.Relative));

        CheckDeclaredSchema(artefact, fullPath, schema, findings);
        ThenCheck?.Invoke(artefact);
        if (!artefact.HasContentHash)
        {
            findings.Add(new Finding(InputRules.JsonNotHashable.Id, InputRules.JsonNotHashable.DefaultSeverity, "the file cannot be put in RFC 8785 canonical form (numbers or strings outside I-JSON), so no approval can bind to it", artefact.At(string.Empty)));
        }
    }

    /// <summary>SCHEMA-02: `$schema` must name the schema the kind is validated against (a relative path or its $id).</summary>
    private void CheckDeclaredSchema(Artefact artefact, string fullPath, SchemaCatalog.KindSchema schema, List<Finding> findings)
    {
        if (artefact.Root.String("$schema") is not { } declared)
        {
            return; // the envelope schema reports a missing $schema
        }

        var schemasInRepository = layout.Contains(schema.File);
        var matches = Uri.TryCreate(declared, UriKind.Absolute, out var absolute) && absolute.Scheme != Uri.UriSchemeFile
            ? absolute == schema.Id
            : string.Equals(Path.GetFullPath(declared, Path.GetDirectoryName(fullPath)!), schema.File, StringComparison.Ordinal)
              // With the schemas shipped in the tool, a repository's relative $schema cannot point at them; the file name must still agree.
              || (!schemasInRepository && string.Equals(Path.GetFileName(declared), Path.GetFileName(schema.File), StringComparison.Ordinal));
        if (!matches)
        {
            var expected = schemasInRepository ? Path.GetRelativePath(Path.GetDirectoryName(fullPath)!, schema.File).Replace('\\', '/') : schema.Id.AbsoluteUri;
            var validatedAgainst = schemasInRepository ? layout.Relative(schema.File) : $"{schema.Id.AbsoluteUri} (shipped with the tool)";
            findings.Add(new Finding(
                InputRules.SchemaMismatch.Id,
                InputRules.SchemaMismatch.DefaultSeverity,
                $"`$schema` is '{declared}', but kind {artefact.Kind} is validated against {validatedAgainst}; set `$schema` to '{expected}' so editors show the same errors",
                artefact.At("/$schema")));
        }
    }
}
