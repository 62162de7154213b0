using System.Text;
using Policy.Core.Processes;

namespace Policy.Core.History;

/// <summary>
/// File history from the <c>git</c> command line (Git is driven through the command every
/// checkout has, not a native library). Local only: <c>log</c>, <c>rev-list</c> and <c>cat-file</c> never
/// touch a remote. Any failure (no git, not a repository, no commit) reads as "no history", never as
/// an error; a shallow clone has the history it holds. The versions of many files are read in a few
/// processes whatever their number: one log for all of them and one <c>cat-file --batch</c> per
/// <see cref="GitObjects.ChunkSize"/> versions.
/// </summary>
public sealed class GitFileHistory : IFileHistory
{
    private static readonly TimeSpan LogTimeout = TimeSpan.FromMinutes(2);

    private readonly string root;
    private readonly string? revision;
    private readonly IProcessRunner runner;
    private readonly Lazy<bool?> linear;

    /// <param name="revision">The commit whose history is read (a release tag's, for `policy verify`); HEAD when null.</param>
    /// <param name="runner">Starts the git processes; the system's when null.</param>
    public GitFileHistory(string root, string? revision = null, IProcessRunner? runner = null)
    {
        this.root = root;
        this.revision = revision;
        this.runner = runner ?? SystemProcessRunner.Instance;
        linear = new Lazy<bool?>(HasNoMerges, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>The top of the checkout whose history this reads.</summary>
    public string Root => root;

    /// <summary>The commit read from (null for HEAD).</summary>
    public string? Revision => revision;

    public IEnumerable<byte[]> PreviousVersions(string relativePath, int limit) =>
        PreviousVersions([relativePath], limit).Select(version => version.Content);

    public IEnumerable<(string Path, byte[] Content)> PreviousVersions(IReadOnlyCollection<string> relativePaths, int limit)
    {
        var paths = relativePaths.Distinct(StringComparer.Ordinal).ToList();
        if (paths.Count == 0 || linear.Value is not { } noMerges)
        {
            yield break; // no commit to read, or no git
        }

        // One log for all paths is path by path the same as `git log -- path` only on a history without
        // merges (with merges, git simplifies the history of each path set on its own) and for paths that
        // are no pathspec patterns; the others keep a log each.
        var together = noMerges ? paths.Where(IsPlainPath).ToHashSet(StringComparer.Ordinal) : [];
        var changes = together.Count == 0 ? [] : Together(together, limit);
        var versions = new List<(string Path, string Object)>();
        foreach (var path in paths)
        {
            var commits = together.Contains(path)
                ? changes.GetValueOrDefault(path)?.Where(c => c.Blob is not null).Select(c => c.Blob!) ?? []
                : Alone(path, limit).Select(commit => $"{commit}:{path}");
            versions.AddRange(commits.Select(name => (path, name)));
        }

        var readable = versions.Where(v => !v.Object.Contains('\n')).ToList();
        using var contents = GitObjects.Read(runner, root, readable.Select(v => v.Object).ToList()).GetEnumerator();
        foreach (var (path, name) in versions)
        {
            // A name with a line break cannot be fed to cat-file; `git show` reads it, as it always did.
            var content = name.Contains('\n') ? Show(name) : contents.MoveNext() ? contents.Current : null;
            if (content is not null)
            {
                yield return (path, content);
            }
        }
    }

    /// <summary>No character git's pathspecs read as a pattern or magic, and no line break (the paths go one a line).</summary>
    private static bool IsPlainPath(string path) => path.IndexOfAny(['*', '?', '[', '\\', '\n', '\r']) < 0 && !path.StartsWith(':');

    /// <summary>True when the history has no merge commit, false when it has, null when git cannot read it.</summary>
    private bool? HasNoMerges() =>
        GitCommand.Run(runner, root, ["rev-list", "--merges", "--max-count=1", revision ?? "HEAD", "--"]) is { } merges ? merges.Length == 0 : null;

    private Dictionary<string, List<(string Commit, string? Blob)>> Together(HashSet<string> paths, int limit) =>
        GitCommand.Run(runner, root, GitPathLog.Arguments(revision), GitPathLog.Input(paths), LogTimeout) is { } log
            ? GitPathLog.Parse(log, paths, limit)
            : [];

    private IEnumerable<string> Alone(string path, int limit)
    {
        var log = GitCommand.Run(runner, root, revision is null ? ["log", $"-n{limit}", "--format=%H", "--", path] : ["log", revision, $"-n{limit}", "--format=%H", "--", path]);
        return log is null ? [] : Encoding.UTF8.GetString(log).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
    }

    private byte[]? Show(string name) => GitCommand.Run(runner, root, ["show", name]);
}
