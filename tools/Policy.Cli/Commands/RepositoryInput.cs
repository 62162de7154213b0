using System.CommandLine;
using Policy.Core.Loading;
using Policy.Core.Model;
using Policy.Core.Rules.Approvals;
using Policy.JsonSchema;

namespace Policy.Cli.Commands;

/// <summary>
/// The options of the commands that show a repository (inventory, render, site): where it is, its schemas and the
/// date approvals are judged on; and the loading itself, through Policy.Core.
/// </summary>
public sealed class RepositoryInput
{
    public Option<string?> Root { get; } = new("--root") { Description = "The repository root (default: the nearest folder with .git)." };

    public Option<string?> Schemas { get; } = new("--schemas") { Description = "The schema folder (default: the repository's schemas/, else the schemas shipped with the tool)." };

    public Option<string?> Today { get; } = new("--today") { Description = "Judge approvals as of this date (YYYY-MM-DD) instead of today." };

    public void AddTo(Command command)
    {
        command.Add(Root);
        command.Add(Schemas);
        command.Add(Today);
    }

    /// <summary>The repository and schema folder the options name, or those found from the current folder.</summary>
    public RepositoryLayout Layout(ParseResult result, CliEnvironment environment) =>
        LayoutOf(result.GetValue(Root), result.GetValue(Schemas), environment);

    /// <summary>The repository a command works on: --root (and its schemas/) when given, else the nearest checkout above the current folder.</summary>
    public static RepositoryLayout LayoutOf(string? root, string? schemas, CliEnvironment environment) =>
        root is not null
            ? new RepositoryLayout(environment.FullPath(root), environment.FullPath(schemas ?? Path.Combine(root, "schemas")))
            : RepositoryLayout.Discover(environment.CurrentDirectory, schemas is not null ? environment.FullPath(schemas) : null, environment.ShippedSchemas);

    /// <summary>The exit code of a command that wrote its output: 1 when files were left out because they could not be read (and it says so), else 0.</summary>
    public static int Completed(CliEnvironment environment, string command, Loaded loaded)
    {
        if (loaded.Unreadable == 0)
        {
            return ExitCodes.Clean;
        }

        environment.Error.WriteLine($"policy {command}: {loaded.Unreadable} file(s) could not be read and are left out; run 'policy validate' to see why.");
        return ExitCodes.Findings;
    }

    /// <summary>A loaded repository and its approval verdicts, or a sentence saying why it cannot be loaded.</summary>
    public sealed record Loaded(RepositoryLayout Layout, PolicyRepository Repository, ApprovalStatusIndex Approvals, DateTime Today, int Unreadable);

    public Loaded? Load(ParseResult result, CliEnvironment environment, out string error)
    {
        error = string.Empty;
        if (DateOption.TryRead("--today", result.GetValue(Today), environment.Today(), out var today) is { } badDate)
        {
            error = badDate;
            return null;
        }

        var layout = Layout(result, environment);
        if (!Directory.Exists(layout.DefaultPolicyPath))
        {
            error = $"'{layout.DefaultPolicyPath}' does not exist";
            return null;
        }

        try
        {
            var read = RepositoryReader.Read(layout, [layout.DefaultPolicyPath]);
            var unreadable = read.LeftOut.Count;
            return new Loaded(layout, read.Repository, new ApprovalStatusIndex(read.Repository, today), today, unreadable);
        }
        catch (SchemaLoadException failure)
        {
            error = $"the schema set cannot be used: {failure.Message}";
            return null;
        }
    }
}
