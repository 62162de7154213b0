using System.CommandLine;
using System.Text;
using Policy.Core.Loading;
using Policy.Core.Scaffolding;
using Policy.JsonSchema;

namespace Policy.Cli.Commands;

/// <summary>`policy new KIND --system ID`: a schema-valid skeleton with TODO markers, where the layout puts it; never over an existing file.</summary>
public sealed class NewCommand : Command
{
    private readonly RepositoryInput input = new();

    public NewCommand(CliEnvironment environment)
        : base("new", "Write a schema-valid skeleton of an artefact, with TODO markers that 'policy validate' reports until they are filled in.")
    {
        Add(Kind);
        Add(System);
        Add(Out);
        Add(input.Root);
        Add(input.Schemas);
        SetAction(result => Run(environment, result));
    }

    internal Argument<string> Kind { get; } = new("kind") { Description = "The artefact kind: SystemCard, Dpia, HumanOversight, DataFlow, PatientNotice, Incident, EthicsAssessment, Approval or Governance." };

    internal Option<string?> System { get; } = new("--system", "-s") { Description = "The system (SystemCard id) the artefact belongs to; for a SystemCard, its id." };

    internal Option<string?> Out { get; } = new("--out", "-o") { Description = "Where to write it (default: its place in the policy folder)." };


    private static readonly System.Text.RegularExpressions.Regex KebabId = new("^[a-z0-9]+(-[a-z0-9]+)*$");

    private int Run(CliEnvironment environment, ParseResult result)
    {
        var kind = result.GetValue(Kind)!;
        var system = result.GetValue(System);
        var layout = input.Layout(result, environment);
        SchemaCatalog schemas;
        try
        {
            schemas = SchemaCatalog.Load(layout.SchemasDirectory);
        }
        catch (SchemaLoadException error)
        {
            return Fail(environment, $"the schema set cannot be used: {error.Message}");
        }

        if (schemas.ForKind(kind) is null)
        {
            return Fail(environment, $"unknown kind '{kind}'; the schema set has {string.Join(", ", schemas.Kinds.Order(StringComparer.Ordinal))}");
        }

        if (NewArtefact.NeedsSystem(kind) && (system is null || !KebabId.IsMatch(system)))
        {
            return Fail(environment, system is null ? $"a {kind} belongs to a system: give its id with --system" : $"--system must be a kebab-case id (like ecg-assist), not '{system}'");
        }

        var today = environment.Today();
        var (place, id) = NewArtefact.Place(kind, system, today);
        var file = result.GetValue(Out) is { } outPath ? environment.FullPath(outPath) : Path.Combine(layout.Root, "policies", place);
        if (File.Exists(file))
        {
            return Fail(environment, $"'{file}' already exists; it is left as it is (give another --out)");
        }

        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(file)!);
            using var stream = new FileStream(file, FileMode.CreateNew);
            using var writer = new StreamWriter(stream, new UTF8Encoding(false));
            writer.Write(NewArtefact.Text(schemas, kind, system, id, file, today));
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            return Fail(environment, $"cannot write '{file}': {error.Message}");
        }

        environment.Out.WriteLine($"policy new: wrote {Path.GetRelativePath(environment.CurrentDirectory, file)}; fill in every TODO, then 'policy validate' until XR-DRAFT-01 is quiet.");
        return ExitCodes.Clean;
    }

    private static int Fail(CliEnvironment environment, string message)
    {
        environment.Error.WriteLine($"policy new: {message}");
        return ExitCodes.UsageOrIoError;
    }
}
