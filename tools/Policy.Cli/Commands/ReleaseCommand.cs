using System.CommandLine;
using Policy.Core.Releasing;

namespace Policy.Cli.Commands;

/// <summary>`policy release VERSION [--system ID]... [--sign]`: tags the approved configuration with its manifest (docs/approvals.md).</summary>
public sealed class ReleaseCommand : Command
{
    private readonly CliEnvironment environment;

    public ReleaseCommand(CliEnvironment environment)
        : base("release", "Tag the approved configuration: an annotated Git tag whose message is the manifest of every governed file, its hashes and approvals.")
    {
        this.environment = environment;
        Add(Version);
        Add(Systems);
        Add(Sign);
        Add(Format);
        SetAction(Run);
    }

    internal Argument<string> Version { get; } = new("version") { Description = "The tag to create, for example v2026.11." };

    internal Option<string[]> Systems { get; } = new("--system") { Description = "Release only these systems (with the Governance); repeat for several.", Arity = ArgumentArity.ZeroOrMore };

    internal Option<bool> Sign { get; } = new("--sign") { Description = "Sign the tag with your Git signing configuration (git tag -s, SSH or GPG)." };

    internal Option<string> Format { get; } = new("--format", "-f") { Description = "How to show findings that refuse the release: text, json, sarif or github.", DefaultValueFactory = _ => "text" };

    private int Run(ParseResult result)
    {
        var format = result.GetValue(Format)!;
        if (!ReleaseReport.IsFormat(format))
        {
            environment.Error.WriteLine($"policy release: unknown format '{format}'");
            return ExitCodes.UsageOrIoError;
        }

        var outcome = ReleaseOperation.Run(environment.CurrentDirectory, result.GetValue(Version)!, result.GetValue(Systems) ?? [], result.GetValue(Sign), ReleaseReport.ToolVersion(), environment.Today());
        return ReleaseReport.Write(environment, "release", format, outcome);
    }
}
