using System.CommandLine;
using Policy.Core.Loading;
using Policy.Core.Model;
using Policy.Kernel.Hashing;
using Policy.JsonSchema;

namespace Policy.Cli.Commands;

/// <summary>`policy hash FILE`: the content hash an Approval's target.sha256 must carry.</summary>
public sealed class HashCommand : Command
{
    public HashCommand(CliEnvironment environment)
        : base("hash", "Print an artefact's content hash: SHA-256 of its RFC 8785 canonical form, as an Approval's target.sha256 needs it.")
    {
        Add(File);
        SetAction(result => Run(environment, result.GetValue(File)!));
    }

    internal Argument<string> File { get; } = new("file") { Description = "The artefact to hash." };

    private static int Run(CliEnvironment environment, string path)
    {
        var full = environment.FullPath(path);
        var read = FileReading.Read(full, path, JsonSourceOptions.Default);
        if (read.Document is not { } document)
        {
            foreach (var finding in read.Findings)
            {
                environment.Error.WriteLine($"{finding.File}({finding.Line},{finding.Column}): error {finding.Rule}: {finding.Message}");
            }

            return ExitCodes.UsageOrIoError;
        }

        using (document)
        {
            try
            {
                environment.Out.WriteLine(ElementSource.Hash(document.Root));
                return ExitCodes.Clean;
            }
            catch (JsonCanonicalizationException error)
            {
                environment.Error.WriteLine($"{path}: error JSON-05: {error.Message}");
                return ExitCodes.UsageOrIoError;
            }
        }
    }
}
