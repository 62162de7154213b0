using System.CommandLine;
using Policy.Core.Releasing;

namespace Policy.Cli.Commands;

/// <summary>`policy verify TAG`: checks a release against its tagged tree only (docs/approvals.md).</summary>
public sealed class VerifyCommand : Command
{
    private readonly CliEnvironment environment;

    public VerifyCommand(CliEnvironment environment)
        : base("verify", "Check a release tag: its manifest against the tagged tree (never the working tree), every approval as of the release date, and the tag's signature.")
    {
        this.environment = environment;
        Add(Tag);
        Add(Format);
        SetAction(Run);
    }

    internal Argument<string> Tag { get; } = new("tag") { Description = "The release tag to verify." };

    internal Option<string> Format { get; } = new("--format", "-f") { Description = "How to show findings: text, json, sarif or github.", DefaultValueFactory = _ => "text" };

    private int Run(ParseResult result)
    {
        var format = result.GetValue(Format)!;
        if (!ReleaseReport.IsFormat(format))
        {
            environment.Error.WriteLine($"policy verify: unknown format '{format}'");
            return ExitCodes.UsageOrIoError;
        }

        return ReleaseReport.Write(environment, "verify", format, VerifyOperation.Run(environment.CurrentDirectory, result.GetValue(Tag)!));
    }
}
