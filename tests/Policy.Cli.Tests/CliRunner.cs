using Policy.Core.Tests.Fixtures;

namespace Policy.Cli.Tests;

/// <summary>Runs the real command tree with captured output, in a test repository, on a fixed date.</summary>
internal static class CliRunner
{
    public sealed record Result(int ExitCode, string Out, string Error);

    public static Result Run(string currentDirectory, params string[] args) => RunWithShippedSchemas(Path.Combine(currentDirectory, "no-shipped-schemas"), currentDirectory, args);

    public static Result RunWithShippedSchemas(string shippedSchemas, string currentDirectory, params string[] args) =>
        RunWithVariables(shippedSchemas, currentDirectory, _ => null, args);

    /// <summary>As <see cref="RunWithShippedSchemas"/>, with the environment variables the function gives.</summary>
    public static Result RunWithVariables(string shippedSchemas, string currentDirectory, Func<string, string?> variables, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var environment = new CliEnvironment(output, error, currentDirectory, () => TestRepository.Today, variables, shippedSchemas);
        var code = PolicyCli.Run(args, environment);
        return new Result(code, output.ToString(), error.ToString());
    }
}
