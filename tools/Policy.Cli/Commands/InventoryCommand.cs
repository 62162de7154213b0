using System.CommandLine;
using Policy.Core.Inventory;
using Policy.Core.Inventory.Formats;

namespace Policy.Cli.Commands;

/// <summary>`policy inventory`: the register of AI systems (CNIL/HAS mapping), derived from the artefacts, in one of four formats.</summary>
public sealed class InventoryCommand : Command
{
    private readonly RepositoryInput input = new();

    public InventoryCommand(CliEnvironment environment)
        : base("inventory", "The register of AI systems: one row per SystemCard, each artefact column with its approval state.")
    {
        Add(Format);
        Add(Out);
        Add(Separator);
        Add(Bom);
        input.AddTo(this);
        SetAction(result => Run(environment, result));
    }

    internal Option<string> Format { get; } = new("--format", "-f") { Description = "markdown, csv, json or html.", DefaultValueFactory = _ => "markdown" };

    internal Option<string?> Out { get; } = new("--out", "-o") { Description = "Write to this file instead of standard output." };

    internal Option<string> Separator { get; } = new("--separator") { Description = "CSV separator: comma (RFC 4180) or semicolon (French spreadsheets).", DefaultValueFactory = _ => "comma" };

    internal Option<bool> Bom { get; } = new("--bom") { Description = "Start the CSV with a UTF-8 byte-order mark, so spreadsheets read the accents." };

    private int Run(CliEnvironment environment, ParseResult result)
    {
        var separator = result.GetValue(Separator) switch { "comma" => ',', "semicolon" => ';', _ => '\0' };
        if (separator == '\0')
        {
            return Fail(environment, $"--separator must be comma or semicolon, not '{result.GetValue(Separator)}'");
        }

        var format = result.GetValue(Format)!;
        if (RegisterWriters.Create(format, new CsvOptions(separator, result.GetValue(Bom))) is not { } writer)
        {
            return Fail(environment, $"--format must be one of {string.Join(", ", RegisterWriters.Names)}, not '{format}'");
        }

        if (input.Load(result, environment, out var error) is not { } loaded)
        {
            return Fail(environment, error);
        }

        var rows = new RegisterRowBuilder(loaded.Repository, loaded.Approvals, loaded.Today).BuildAll().ToList();
        if (OutputFile.Write(environment, result.GetValue(Out), loaded.Layout.DefaultPolicyPath, w => writer.Write(rows, w)) is { } failure)
        {
            return Fail(environment, failure);
        }

        return RepositoryInput.Completed(environment, "inventory", loaded);
    }

    private static int Fail(CliEnvironment environment, string message)
    {
        environment.Error.WriteLine($"policy inventory: {message}");
        return ExitCodes.UsageOrIoError;
    }
}
