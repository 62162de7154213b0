using System.Diagnostics;

namespace Policy.Core.History;

/// <summary>
/// File history from the <c>git</c> command line (Git is driven through the command every
/// checkout has, not a native library). Local only: <c>log</c> and <c>show</c> never touch a remote. Any failure (no git,
/// not a repository, a shallow clone) reads as "no history", never as an error.
/// </summary>
public sealed class GitFileHistory : IFileHistory
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);
    private readonly string root;

    public GitFileHistory(string root) => this.root = root;

    public IEnumerable<byte[]> PreviousVersions(string relativePath, int limit)
    {
        var log = Run(["log", $"-n{limit}", "--format=%H", "--", relativePath]);
        if (log is null)
        {
            yield break;
        }

        foreach (var commit in System.Text.Encoding.UTF8.GetString(log).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (Run(["show", $"{commit}:{relativePath}"]) is { } content)
            {
                yield return content;
            }
        }
    }

    private byte[]? Run(IReadOnlyList<string> arguments)
    {
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
            if (!process.WaitForExit(Timeout))
            {
                process.Kill(entireProcessTree: true);
                return null;
            }

            copy.Wait(Timeout);
            return process.ExitCode == 0 ? output.ToArray() : null;
        }
        catch (Exception error) when (error is System.ComponentModel.Win32Exception or InvalidOperationException or IOException)
        {
            return null;
        }
    }
}
