using System.Diagnostics;

namespace Policy.Core.Tests.Fixtures;

/// <summary>Real Git repositories for tests: the git command line, run in a test repository with a fixed identity and dates.</summary>
public static class Git
{
    public static bool Available { get; } = Probe();

    /// <summary>Turns a test repository into a Git repository on branch main (its placeholder .git folder is replaced).</summary>
    public static void Init(TestRepository repository)
    {
        Directory.Delete(repository.FullPath(".git"), recursive: true);
        Run(repository.Root, "init", "-q", "-b", "main");
    }

    /// <summary>Commits everything in the working tree.</summary>
    public static void CommitAll(TestRepository repository, string message)
    {
        Run(repository.Root, "add", "-A");
        Run(repository.Root, "commit", "-q", "--allow-empty", "-m", message);
    }

    public static string Run(string root, params string[] arguments)
    {
        var start = new ProcessStartInfo("git") { WorkingDirectory = root, RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var argument in new[] { "-c", "user.name=test", "-c", "user.email=test@example.invalid", "-c", "commit.gpgsign=false" }.Concat(arguments))
        {
            start.ArgumentList.Add(argument);
        }

        // Fixed dates: the same content gives the same commits on every run.
        start.Environment["GIT_AUTHOR_DATE"] = "2026-11-20T10:00:00+00:00";
        start.Environment["GIT_COMMITTER_DATE"] = "2026-11-20T10:00:00+00:00";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"git {string.Join(' ', arguments)}: {error}");
        }

        return output.Result;
    }

    private static bool Probe()
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo("git", "--version") { RedirectStandardOutput = true, RedirectStandardError = true });
            process!.WaitForExit();
            return process.ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }
}

/// <summary>A test that needs the git command; skipped, with the reason, where git is not installed.</summary>
public sealed class GitFactAttribute : FactAttribute
{
    public GitFactAttribute()
    {
        if (!Git.Available)
        {
            Skip = "git is not installed, so no Git repository can be made";
        }
    }
}
