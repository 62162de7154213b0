using System.CommandLine;
using Policy.Core.Approving;
using Policy.Core.History;
using Policy.Core.Loading;
using Policy.JsonSchema;

namespace Policy.Cli.Commands;

/// <summary>
/// `policy approve PATH --role ROLE --name NAME --email EMAIL [--decision D] [--until DATE] [--condition TEXT]... [--sign-with KEY]`:
/// records one role holder's decision on the artefact as it is now (docs/approvals.md).
/// </summary>
public sealed class ApproveCommand : Command
{
    private static readonly string[] Decisions = ["approved", "approved-with-conditions", "rejected"];
    private readonly CliEnvironment environment;

    public ApproveCommand(CliEnvironment environment)
        : base("approve", "Record your decision, as a role holder, on an artefact as it is now: creates or extends the Approval bound to its content hash.")
    {
        this.environment = environment;
        Add(Target);
        foreach (var option in new Option[] { Role, PersonName, Email, Decision, Until, Conditions, SignWith, Today })
        {
            Add(option);
        }

        SetAction(Run);
    }

    internal Argument<string> Target { get; } = new("path") { Description = "The artefact to approve." };

    internal Option<string> Role { get; } = new("--role") { Description = "Your committee role: ai-lead, dpo, cio, ciso, quality, risk-manager, medical-lead or controller.", Required = true };

    internal Option<string> PersonName { get; } = new("--name") { Description = "Your name, as the Governance `roles` give it.", Required = true };

    internal Option<string> Email { get; } = new("--email") { Description = "Your e-mail, as the Governance `roles` give it.", Required = true };

    internal Option<string> Decision { get; } = new("--decision") { Description = "approved (default), approved-with-conditions or rejected.", DefaultValueFactory = _ => "approved" };

    internal Option<string?> Until { get; } = new("--until") { Description = "Last day the approval is valid (YYYY-MM-DD); default the artefact's reviewDue." };

    internal Option<string[]> Conditions { get; } = new("--condition") { Description = "A condition of the approval (repeat for several); for a rejection, its reason.", Arity = ArgumentArity.ZeroOrMore };

    internal Option<string?> SignWith { get; } = new("--sign-with") { Description = "Your private SSH key file: signs your entry with ssh-keygen -Y sign." };

    internal Option<string?> Today { get; } = new("--today") { Description = "The date of the decision (YYYY-MM-DD) instead of today." };

    private int Run(ParseResult result)
    {
        var decision = result.GetValue(Decision)!;
        if (!Decisions.Contains(decision))
        {
            return Failure($"--decision must be {string.Join(", ", Decisions)}, not '{decision}'", ExitCodes.UsageOrIoError);
        }

        if (!TryDate(result.GetValue(Until), "--until", out var until) || !TryDate(result.GetValue(Today), "--today", out var today))
        {
            return ExitCodes.UsageOrIoError;
        }

        var path = environment.FullPath(result.GetValue(Target)!);
        var layout = RepositoryLayout.Discover(environment.CurrentDirectory, null, environment.ShippedSchemas);
        if (!File.Exists(path))
        {
            return Failure($"'{result.GetValue(Target)}' does not exist", ExitCodes.UsageOrIoError);
        }

        if (!layout.Contains(path))
        {
            return Failure($"'{path}' is outside the repository {layout.Root}; run from inside it", ExitCodes.UsageOrIoError);
        }

        var request = new ApprovalRequest(path, result.GetValue(Role)!, result.GetValue(PersonName)!, result.GetValue(Email)!)
        {
            Decision = decision,
            Until = until,
            Conditions = result.GetValue(Conditions) ?? [],
            SignWith = result.GetValue(SignWith) is { } key ? environment.FullPath(key) : null,
            Today = today ?? environment.Today(),
        };
        try
        {
            var history = Path.Exists(Path.Combine(layout.Root, ".git")) ? new GitFileHistory(layout.Root) : null;
            var outcome = new ApproveOperation(layout, SchemaCatalog.Load(layout.SchemasDirectory), history).Run(path, request);
            if (!outcome.Written)
            {
                return Failure(outcome.Message, ExitCodes.Findings);
            }

            environment.Out.WriteLine(outcome.Message);
            return ExitCodes.Clean;
        }
        catch (SchemaLoadException error)
        {
            return Failure($"the schema set cannot be used: {error.Message}", ExitCodes.UsageOrIoError);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            return Failure($"cannot write the approval: {error.Message}", ExitCodes.UsageOrIoError);
        }
    }

    private bool TryDate(string? text, string option, out DateTime? date)
    {
        date = null;
        if (text is null)
        {
            return true;
        }

        if (DateOption.TryRead(option, text, default, out var parsed) is { } badDate)
        {
            Failure(badDate, ExitCodes.UsageOrIoError);
            return false;
        }

        date = parsed;
        return true;
    }

    private int Failure(string message, int code)
    {
        environment.Error.WriteLine($"policy approve: {message}");
        return code;
    }
}
