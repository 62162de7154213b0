using System.Diagnostics;

namespace Policy.Core.History;

/// <summary>
/// Runs the <c>git</c> command line in a repository (Git is driven through the command every checkout
/// has, not a native library) and returns its standard output, or null on any failure: no git, not a
/// repository, an unknown revision, a timeout. Local commands only; nothing here touches a remote.
/// </summary>
internal static class GitCommand
{
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(10);

    public static byte[]? Run(string root, IReadOnlyList<string> arguments, TimeSpan? timeout = null)
    {
        var limit = timeout ?? DefaultTimeout;
        try
        {
            var start = new ProcessStartInfo("git")
            {
                WorkingDirectory = root,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            start.ArgumentList.Add("--no-pager");
            foreach (var argument in arguments)
            {
                start.ArgumentList.Add(argument);
            }

            using var process = Process.Start(start);
            if (process is null)
            {
                return null;
            }

            using var output = new MemoryStream();
            var copy = process.StandardOutput.BaseStream.CopyToAsync(output);
            _ = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(limit))
            {
                process.Kill(entireProcessTree: true);
                return null;
            }

            copy.Wait(limit);
            return process.ExitCode == 0 ? output.ToArray() : null;
        }
        catch (Exception error) when (error is System.ComponentModel.Win32Exception or InvalidOperationException or IOException)
        {
            return null;
        }
    }

    /// <summary>The command's output as trimmed text, or null.</summary>
    public static string? Text(string root, params string[] arguments) =>
        Run(root, arguments) is { } output ? System.Text.Encoding.UTF8.GetString(output).Trim() : null;
}
