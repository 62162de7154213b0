using System.Text;
using Policy.Core.History;
using Policy.Core.Processes;
using Policy.Core.Tests.Fixtures;

namespace Policy.Core.Tests.History;

/// <summary>
/// The batched Git history gives, path by path, exactly what one <c>git log -n -- path</c> and a
/// <c>git show commit:path</c> per commit give (the way it was read before), on real repositories.
/// </summary>
public sealed class GitFileHistoryTests : IDisposable
{
    private const string Spaced = "policies/dir with space/é données.json";
    private readonly TestRepository repository = new();

    public void Dispose() => repository.Dispose();

    [GitFact]
    public void Linear_history_reads_as_one_log_per_path_did()
    {
        LinearHistory();
        AssertSameAsOneLogPerPath(repository.Root, ApprovedVersions.SearchDepth);
        AssertSameAsOneLogPerPath(repository.Root, 2); // the limit counts the deleting commit, as git log -n does
    }

    [GitFact]
    public void The_users_log_and_diff_settings_do_not_change_what_is_read()
    {
        LinearHistory();
        foreach (var (key, value) in new[] { ("color.ui", "always"), ("log.showRoot", "false"), ("diff.renames", "copies"), ("core.quotePath", "true") })
        {
            Git.Run(repository.Root, "config", key, value);
        }

        AssertSameAsOneLogPerPath(repository.Root, ApprovedVersions.SearchDepth);
    }

    [GitFact]
    public void History_with_merges_reads_as_one_log_per_path_did()
    {
        LinearHistory();
        Git.Run(repository.Root, "checkout", "-q", "--", ".");
        Git.Run(repository.Root, "checkout", "-q", "-b", "side", "HEAD~2");
        repository.Write("policies/a.json", """{ "side": 1 }""");
        repository.Write("policies/d.json", """{ "d": "side" }""");
        Git.CommitAll(repository, "side");
        Git.Run(repository.Root, "checkout", "-q", "main");
        Git.Run(repository.Root, "merge", "-q", "--no-ff", "-X", "ours", "-m", "merge", "side");
        repository.Write("policies/a.json", """{ "after": "merge" }""");
        Git.CommitAll(repository, "after merge");

        AssertSameAsOneLogPerPath(repository.Root, ApprovedVersions.SearchDepth, "policies/d.json");
    }

    [GitFact]
    public void A_revision_reads_the_history_below_it()
    {
        LinearHistory();
        var history = new GitFileHistory(repository.Root, "HEAD~1").PreviousVersions(["policies/a.json"], 50).Select(v => Text(v.Content)).ToList();
        Assert.Equal(Reference(repository.Root, "policies/a.json", 50, "HEAD~1"), history);
        Assert.Equal(2, history.Count);
    }

    [GitFact]
    public void A_shallow_clone_has_the_history_it_holds()
    {
        LinearHistory();
        using var clone = new TestRepository();
        Directory.Delete(clone.Root, recursive: true);
        Git.Run(Path.GetTempPath(), "clone", "-q", "--depth", "1", "file://" + repository.Root, clone.Root);

        AssertSameAsOneLogPerPath(clone.Root, ApprovedVersions.SearchDepth);
        Assert.Single(new GitFileHistory(clone.Root).PreviousVersions("policies/a.json", 50));
    }

    [Fact]
    public void Outside_a_repository_or_without_git_there_is_no_history()
    {
        Directory.Delete(repository.FullPath(".git"), recursive: true);
        repository.Write("policies/a.json", "{}");
        Assert.Empty(new GitFileHistory(repository.Root).PreviousVersions(["policies/a.json"], 50));
        Assert.Empty(new GitFileHistory(repository.Root, runner: new NoGit()).PreviousVersions(["policies/a.json"], 50));
    }

    /// <summary>a.json in three versions, b.json added, deleted and added again, a path with spaces and accents, c.json unchanged.</summary>
    private void LinearHistory()
    {
        Git.Init(repository);
        repository.Write("policies/a.json", """{ "a": 1 }""");
        repository.Write("policies/b.json", """{ "b": 1 }""");
        repository.Write("policies/c.json", """{ "c": 1 }""");
        repository.Write(Spaced, """{ "s": 1 }""");
        Git.CommitAll(repository, "first");
        repository.Write("policies/a.json", """{ "a": 2 }""");
        File.Delete(repository.FullPath("policies/b.json"));
        Git.CommitAll(repository, "second");
        repository.Write("policies/a.json", """{ "a": 3 }""");
        repository.Write("policies/b.json", """{ "b": "again" }""");
        repository.Write(Spaced, """{ "s": 2 }""");
        Git.CommitAll(repository, "third");
        repository.Write("policies/a.json", """{ "a": "working tree" }""");
    }

    private static void AssertSameAsOneLogPerPath(string root, int limit, params string[] more)
    {
        string[] paths = ["policies/a.json", "policies/b.json", "policies/c.json", Spaced, "policies/never-committed.json", .. more];
        var batched = new GitFileHistory(root).PreviousVersions(paths, limit).ToList();
        foreach (var path in paths)
        {
            Assert.Equal(Reference(root, path, limit), batched.Where(v => v.Path == path).Select(v => Text(v.Content)).ToList());
            Assert.Equal(Reference(root, path, limit), new GitFileHistory(root).PreviousVersions(path, limit).Select(Text).ToList());
        }

        Assert.NotEmpty(batched);
    }

    /// <summary>How the history was read before it was batched: one log for the path, one show per commit.</summary>
    private static List<string> Reference(string root, string path, int limit, string revision = "HEAD")
    {
        var commits = Git.Run(root, "log", revision, $"-n{limit}", "--format=%H", "--", path).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var versions = new List<string>();
        foreach (var commit in commits)
        {
            try
            {
                versions.Add(Git.Run(root, "show", $"{commit}:{path}"));
            }
            catch (InvalidOperationException)
            {
                // deleted in that commit: git show fails, and the version is skipped
            }
        }

        return versions;
    }

    private static string Text(byte[] bytes) => Encoding.UTF8.GetString(bytes);

    private sealed class NoGit : IProcessRunner
    {
        public ProcessResult? Run(string program, IReadOnlyList<string> arguments, string? workingDirectory = null, byte[]? input = null, TimeSpan? timeout = null) => null;
    }
}
