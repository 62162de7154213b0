using System.CommandLine;
using System.Text;
using Policy.Core.Loading;
using Policy.Core.Scaffolding;
using Policy.JsonSchema;

namespace Policy.Cli.Commands;

/// <summary>`policy init DIR`: a new policy repository that validates with no error, only the TODO warnings of its drafts.</summary>
public sealed class InitCommand : Command
{
    public InitCommand(CliEnvironment environment)
        : base("init", "Create a new policy repository: schemas, a Governance skeleton, a validation workflow, CODEOWNERS, editor settings and a README for the committee.")
    {
        Add(Folder);
        Add(ActionRef);
        Add(Schemas);
        SetAction(result => Run(environment, result));
    }

    internal Argument<string> Folder { get; } = new("dir") { Description = "The folder to create the repository in (new or empty)." };

    internal Option<string> ActionRef { get; } = new("--action") { Description = "The reusable GitHub action the workflow uses (OWNER/REPOSITORY/.github/actions/policy@REF).", DefaultValueFactory = _ => RepositoryTemplate.DefaultAction };

    internal Option<string?> Schemas { get; } = new("--schemas") { Description = "The schema set to copy (default: the repository's schemas/ around the current folder, else those shipped with the tool)." };

    private int Run(CliEnvironment environment, ParseResult result)
    {
        var root = environment.FullPath(result.GetValue(Folder)!);
        if (Directory.Exists(root) && Directory.EnumerateFileSystemEntries(root).Any())
        {
            return Fail(environment, $"'{root}' is not empty; init only creates a new repository, it never writes over files");
        }

        var source = result.GetValue(Schemas) is { } given
            ? environment.FullPath(given)
            : RepositoryLayout.Discover(environment.CurrentDirectory, null, environment.ShippedSchemas).SchemasDirectory;
        if (!Directory.Exists(source))
        {
            return Fail(environment, $"no schema set at '{source}'");
        }

        try
        {
            var schemasFolder = Path.Combine(root, "schemas");
            foreach (var file in Directory.EnumerateFiles(source, "*.json", SearchOption.AllDirectories))
            {
                var target = Path.Combine(schemasFolder, Path.GetRelativePath(source, file));
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Copy(file, target);
            }

            var files = RepositoryTemplate.Files(root, SchemaCatalog.Load(schemasFolder), environment.Today(), result.GetValue(ActionRef)!);
            foreach (var (path, content) in files)
            {
                var target = Path.Combine(root, path);
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.WriteAllText(target, content, new UTF8Encoding(false));
            }

            Directory.CreateDirectory(Path.Combine(root, "policies", "systems"));
            Directory.CreateDirectory(Path.Combine(root, "policies", "approvals"));
            environment.Out.WriteLine($"policy init: created {root}. Next: 'git init', fill in policies/governance.json (README.md says how), then 'policy validate'.");
            return ExitCodes.Clean;
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            return Fail(environment, $"cannot create the repository in '{root}': {error.Message}");
        }
        catch (SchemaLoadException error)
        {
            return Fail(environment, $"the schema set at '{source}' cannot be used: {error.Message}");
        }
    }

    private static int Fail(CliEnvironment environment, string message)
    {
        environment.Error.WriteLine($"policy init: {message}");
        return ExitCodes.UsageOrIoError;
    }
}
