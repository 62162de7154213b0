using System.CommandLine;
using System.Reflection;
using Policy.Core.Findings;
using Policy.Core.Formatting;
using Policy.Core.History;
using Policy.Core.Loading;
using Policy.Core.Rules;
using Policy.Core.Validation;
using Policy.JsonSchema;

namespace Policy.Cli.Commands;

/// <summary>
/// `policy validate [PATH...]`: every artefact against the schema of its kind, then the repository
/// rules; or, with `--schema`, any JSON files against any 2020-12 schema.
/// </summary>
public sealed class ValidateCommand : Command
{
    private readonly CliEnvironment environment;

    public ValidateCommand(CliEnvironment environment)
        : base("validate", "Check policy artefacts against their schemas and the repository rules.")
    {
        this.environment = environment;
        foreach (var symbol in new Symbol[] { Paths, Formats, FailOn, Schemas, Schema, Root, Today, MaxFileSize, Jobs })
        {
            switch (symbol)
            {
                case Argument argument:
                    Add(argument);
                    break;
                case Option option:
                    Add(option);
                    break;
            }
        }

        SetAction(Run);
    }

    internal Argument<string[]> Paths { get; } = new("path")
    {
        Description = "Files or folders to check (default: the repository's policies/ folder).",
        Arity = ArgumentArity.ZeroOrMore,
    };

    internal Option<string[]> Formats { get; } = new("--format", "-f")
    {
        Description = "Output format: text, json, sarif or github; NAME=FILE writes it to a file. Repeat for several.",
        Arity = ArgumentArity.ZeroOrMore,
    };

    internal Option<string> FailOn { get; } = new("--fail-on")
    {
        Description = "Exit 1 when a finding is at or above this severity: error, warning or note.",
        DefaultValueFactory = _ => "error",
    };

    internal Option<string?> Schemas { get; } = new("--schemas") { Description = "The schema folder (default: the repository's schemas/, else the schemas shipped with the tool)." };

    internal Option<string?> Schema { get; } = new("--schema") { Description = "Validate the given JSON files against this 2020-12 schema instead of by kind; no repository rules." };

    internal Option<string?> Root { get; } = new("--root") { Description = "The repository root (default: the nearest folder with .git). No file outside it is read." };

    internal Option<string?> Today { get; } = new("--today") { Description = "Judge approvals and deadlines as of this date (YYYY-MM-DD) instead of today." };

    internal Option<long> MaxFileSize { get; } = new("--max-file-size")
    {
        Description = "Largest file, in bytes, that is read; larger files get a finding.",
        DefaultValueFactory = _ => JsonSourceOptions.Default.MaxBytes,
    };

    internal Option<int> Jobs { get; } = new("--jobs", "-j")
    {
        Description = "How many files are read, parsed, schema-checked and hashed at once (default: the number of cores). The report is the same whatever the number.",
        DefaultValueFactory = _ => Environment.ProcessorCount,
    };

    private int Run(ParseResult result)
    {
        var targets = new List<OutputTarget>();
        foreach (var value in result.GetValue(Formats) is { Length: > 0 } formats ? formats : ["text"])
        {
            if (!OutputTarget.TryParse(value, out var target, out var error))
            {
                return Failure(error);
            }

            targets.Add(target);
        }

        if (targets.Count(t => t.Path is null) > 1)
        {
            return Failure("only one format can go to standard output; write the others to files with NAME=FILE");
        }

        if (!SeverityNames.TryParse(result.GetValue(FailOn), out var failOn))
        {
            return Failure($"--fail-on must be error, warning or note, not '{result.GetValue(FailOn)}'");
        }

        if (DateOption.TryRead("--today", result.GetValue(Today), environment.Today(), out var today) is { } badDate)
        {
            return Failure(badDate);
        }

        var maxBytes = result.GetValue(MaxFileSize);
        if (maxBytes <= 0)
        {
            return Failure("--max-file-size must be a positive number of bytes");
        }

        var layout = RepositoryInput.LayoutOf(result.GetValue(Root), result.GetValue(Schemas), environment);

        var paths = (result.GetValue(Paths) ?? []).Select(environment.FullPath).ToList();
        if (paths.Count == 0)
        {
            paths.Add(layout.DefaultPolicyPath);
        }

        foreach (var path in paths)
        {
            if (!File.Exists(path) && !Directory.Exists(path))
            {
                return Failure($"'{path}' does not exist");
            }

            if (!layout.Contains(path))
            {
                return Failure($"'{path}' is outside the repository {layout.Root}; run from inside it or pass --root");
            }
        }

        var jobs = result.GetValue(Jobs);
        if (jobs <= 0)
        {
            return Failure("--jobs must be a positive number of threads");
        }

        var settings = new ValidationSettings { Today = today, Parse = JsonSourceOptions.Default with { MaxBytes = maxBytes }, MaxParallelism = jobs };
        var timings = environment.Timings;
        timings.Mark("options read");
        ValidationReport report;
        try
        {
            var schemaPath = result.GetValue(Schema);
            var catalog = schemaPath is null ? SchemaCatalog.Load(layout.SchemasDirectory) : SchemaCatalog.ForSchemaFile(environment.FullPath(schemaPath));
            timings.Mark("schema set compiled");
            var validator = schemaPath is null
                ? new PolicyValidator(layout, catalog, RepositoryRules.All, History(layout))
                : new PolicyValidator(layout, catalog, []);
            report = validator.Validate(paths, settings);
            timings.Mark("files checked, rules run");
        }
        catch (SchemaLoadException error)
        {
            var where = error.File is null ? string.Empty : $" ({error.File}{(error.SchemaPointer is null ? string.Empty : "#" + error.SchemaPointer)})";
            return Failure($"the schema set cannot be used: {error.Message}{where}");
        }

        var written = Write(report, targets, paths, layout);
        timings.Mark("report written");
        return written ?? (report.HasFindingsAtOrAbove(failOn) ? ExitCodes.Findings : ExitCodes.Clean);
    }

    /// <summary>Writes every requested format; returns an exit code only when an output cannot be written.</summary>
    private int? Write(ValidationReport report, IReadOnlyList<OutputTarget> targets, IReadOnlyList<string> inputs, RepositoryLayout layout)
    {
        var tool = new ToolInfo("policy", ToolVersion(), DocsBase());
        foreach (var target in targets)
        {
            var formatter = ReportFormatters.Create(target.Format, tool)!;
            if (OutputFile.Write(environment, target.Path, inputs.Append(layout.SchemasDirectory), w => formatter.Write(report, w)) is { } failure)
            {
                return Failure(failure);
            }
        }

        return null;
    }

    /// <summary>Git history, when the repository is a checkout: it lets a stale approval point at what changed.</summary>
    private static GitFileHistory? History(RepositoryLayout layout) =>
        Path.Exists(Path.Combine(layout.Root, ".git")) ? new GitFileHistory(layout.Root) : null;

    /// <summary>Rule documentation links: from GitHub Actions' variables when running there.</summary>
    private Uri? DocsBase()
    {
        var server = environment.GetVariable("GITHUB_SERVER_URL");
        var repository = environment.GetVariable("GITHUB_REPOSITORY");
        var sha = environment.GetVariable("GITHUB_SHA");
        return server is null || repository is null
            ? null
            : new Uri($"{server.TrimEnd('/')}/{repository}/blob/{sha ?? "HEAD"}/docs/rules/");
    }

    private static string ToolVersion() =>
        typeof(ValidateCommand).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0.0.0";

    private int Failure(string message)
    {
        environment.Error.WriteLine($"policy validate: {message}");
        return ExitCodes.UsageOrIoError;
    }
}
