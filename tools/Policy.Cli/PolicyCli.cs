using System.CommandLine;
using Policy.Cli.Commands;

namespace Policy.Cli;

/// <summary>The composition root: builds the `policy` command tree over an environment and runs it.</summary>
public static class PolicyCli
{
    public static RootCommand CreateRootCommand(CliEnvironment environment) =>
        new("policy: governance artefacts for AI in healthcare, as code.")
        {
            new ValidateCommand(environment),
            new HashCommand(environment),
            new RulesCommand(environment),
            new ExplainCommand(environment),
            new InventoryCommand(environment),
            new RenderCommand(environment),
            new ApproveCommand(environment),
            new DiffCommand(environment),
            new PullRequestCommand(environment),
            new ReleaseCommand(environment),
            new VerifyCommand(environment),
            new SiteCommand(environment),
            new NewCommand(environment),
            new InitCommand(environment),
        };

    public static int Run(string[] args, CliEnvironment environment)
    {
        environment = environment with { Timings = StageTimings.For(environment) };
        var root = CreateRootCommand(environment);
        environment.Timings.Mark("command tree built");
        var parsed = root.Parse(args);
        environment.Timings.Mark("command line parsed");
        if (parsed.Errors.Count > 0)
        {
            // System.CommandLine exits 1 on parse errors; ExitCodes reserves 1 for findings.
            foreach (var error in parsed.Errors)
            {
                environment.Error.WriteLine($"policy: {error.Message}");
            }

            environment.Error.WriteLine("Run 'policy --help' for usage.");
            return ExitCodes.UsageOrIoError;
        }

        var code = parsed.Invoke(new InvocationConfiguration { Output = environment.Out, Error = environment.Error });
        environment.Timings.Finish();
        return code;
    }
}
