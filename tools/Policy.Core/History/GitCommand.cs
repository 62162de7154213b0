using Policy.Core.Processes;

namespace Policy.Core.History;

/// <summary>
/// Runs the <c>git</c> command line in a repository (Git is driven through the command every checkout
/// has, not a native library) and returns its standard output, or null on any failure: no git, not a
/// repository, an unknown revision, a timeout. Local commands only; nothing here touches a remote.
/// </summary>
internal static class GitCommand
{
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(10);

    public static byte[]? Run(string root, IReadOnlyList<string> arguments, TimeSpan? timeout = null) =>
        Run(SystemProcessRunner.Instance, root, arguments, timeout: timeout);

    /// <param name="input">Bytes for git's standard input (<c>--stdin</c>, <c>cat-file --batch</c>); null for none.</param>
    public static byte[]? Run(IProcessRunner runner, string root, IReadOnlyList<string> arguments, byte[]? input = null, TimeSpan? timeout = null) =>
        runner.Run("git", ["--no-pager", .. arguments], root, input, timeout ?? DefaultTimeout) is { Succeeded: true } result
            ? result.Output
            : null;

    /// <summary>The command's output as trimmed text, or null.</summary>
    public static string? Text(string root, params string[] arguments) =>
        Run(root, arguments) is { } output ? System.Text.Encoding.UTF8.GetString(output).Trim() : null;
}
