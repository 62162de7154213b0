using System.Text.Json;
using Policy.Core.Findings;
using Policy.Core.Loading;
using Policy.Core.Rules;
using Policy.JsonSchema;

namespace Policy.Core.Validation;

/// <summary>
/// `policy validate --schema S.json FILE...`: any JSON files against any 2020-12 schema, with the same
/// strict parsing, locations and formats as artefacts, but no kinds and no repository rules.
/// References resolve only among the schema files in S's folder.
/// </summary>
public sealed class SchemaFileValidator
{
    private readonly RepositoryLayout layout;
    private readonly Schema schema;
    private readonly string schemaFile;
    private readonly SchemaSourceMap sources;

    private SchemaFileValidator(RepositoryLayout layout, Schema schema, string schemaFile, SchemaSourceMap sources)
    {
        this.layout = layout;
        this.schema = schema;
        this.schemaFile = schemaFile;
        this.sources = sources;
    }

    /// <summary>Compiles <paramref name="schemaPath"/>; throws <see cref="SchemaLoadException"/> when it or a reference is broken.</summary>
    public static SchemaFileValidator Create(RepositoryLayout layout, string schemaPath)
    {
        var full = Path.GetFullPath(schemaPath);
        var set = new SchemaSet();
        var main = ReadSchema(full) ?? throw new SchemaLoadException("the schema file is not valid JSON", full);
        var mainUri = new Uri(full);
        set.Add(mainUri, main);
        var schemaFiles = new List<string> { full };

        // Sibling schemas that the main one may reference; files that are not schemas are left out.
        foreach (var sibling in Directory.EnumerateFiles(Path.GetDirectoryName(full)!, "*.json", SearchOption.AllDirectories).Where(f => f != full))
        {
            if (ReadSchema(sibling) is { ValueKind: JsonValueKind.Object } other && (other.TryGetProperty("$schema", out _) || other.TryGetProperty("$id", out _)))
            {
                set.Add(new Uri(sibling), other);
                schemaFiles.Add(sibling);
            }
        }

        var id = main.ValueKind == JsonValueKind.Object && main.TryGetProperty("$id", out var declared) && declared.ValueKind == JsonValueKind.String
            && Uri.TryCreate(mainUri, declared.GetString(), out var resolved) ? resolved : mainUri;
        return new SchemaFileValidator(layout, set.Compile(id), full, new SchemaSourceMap(schemaFiles));
    }

    public ValidationReport Validate(IReadOnlyList<string> paths, ValidationSettings settings)
    {
        var discovered = FileDiscovery.Discover(layout, paths);
        var findings = new List<Finding>(discovered.Findings);
        var perFile = new IReadOnlyList<Finding>[discovered.Files.Count];
        Parallel.For(0, perFile.Length, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, settings.MaxParallelism) }, i => perFile[i] = ValidateFile(discovered.Files[i], settings));
        findings.AddRange(perFile.SelectMany(f => f));
        return new ValidationReport(findings, discovered.Files.Count + discovered.Findings.Count, discovered.Files.Count, new RuleCatalog(InputRules.All));
    }

    private IReadOnlyList<Finding> ValidateFile(string fullPath, ValidationSettings settings)
    {
        var file = layout.Relative(fullPath);
        var read = FileReading.Read(fullPath, file, settings.Parse);
        if (read.Document is not { } document)
        {
            return read.Findings;
        }

        using (document)
        {
            return schema.Validate(document.Root).Errors.Select(error =>
            {
                var position = document.GetPosition(error.InstanceLocation);
                return SchemaFindings.From(error, new SourceLocation(file, position.Line, position.Column, error.InstanceLocation), sources, layout.Relative(schemaFile), layout.Relative);
            }).ToList();
        }
    }

    private static JsonElement? ReadSchema(string path)
    {
        try
        {
            using var document = JsonDocument.Parse(File.ReadAllBytes(path));
            return document.RootElement.Clone();
        }
        catch (Exception error) when (error is JsonException or IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
