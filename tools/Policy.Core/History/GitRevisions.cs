using System.Formats.Tar;

namespace Policy.Core.History;

/// <summary>
/// Revisions of a Git repository for `policy diff`: resolving names, the default base, and reading a
/// revision's files into a folder of their own. A revision is read from Git's objects
/// (<c>git archive</c>), never by checking it out, so the user's working tree is never touched.
/// </summary>
public sealed class GitRevisions
{
    private static readonly TimeSpan ArchiveTimeout = TimeSpan.FromMinutes(2);


    private GitRevisions(string root) => Root = root;

    /// <summary>The repository's top folder.</summary>
    public string Root { get; }

    /// <summary>The repository containing <paramref name="directory"/>, or null when there is none or git is missing.</summary>
    public static GitRevisions? Open(string directory) =>
        GitCommand.Text(directory, "rev-parse", "--show-toplevel") is { Length: > 0 } top ? new GitRevisions(Path.GetFullPath(top)) : null;

    /// <summary>The commit a revision names, or null when it names none.</summary>
    public string? Commit(string revision) =>
        revision.StartsWith('-') ? null : GitCommand.Text(Root, "rev-parse", "--verify", "--quiet", revision + "^{commit}");

    /// <summary>
    /// The merge base of HEAD with the default branch (the remote's HEAD, else main or master);
    /// HEAD~1 when there is no default branch; HEAD when HEAD has no parent. Null without commits.
    /// </summary>
    public string? DefaultBase()
    {
        var candidates = new List<string>();
        if (GitCommand.Text(Root, "symbolic-ref", "--quiet", "refs/remotes/origin/HEAD") is { Length: > 0 } remoteHead)
        {
            candidates.Add(remoteHead);
        }

        candidates.AddRange(["refs/remotes/origin/main", "refs/remotes/origin/master", "refs/heads/main", "refs/heads/master"]);
        foreach (var branch in candidates)
        {
            if (Commit(branch) is not null && GitCommand.Text(Root, "merge-base", "HEAD", branch) is { Length: > 0 } mergeBase)
            {
                return mergeBase;
            }
        }

        return Commit("HEAD~1") ?? Commit("HEAD");
    }

    /// <summary>
    /// The files under <paramref name="paths"/> that may differ between <paramref name="baseCommit"/> and
    /// <paramref name="headCommit"/> (the working tree when null, untracked files included), split into
    /// those the base has and those only the head has. Null when Git cannot say.
    /// </summary>
    public (IReadOnlyList<string> InBase, IReadOnlyList<string> OnlyInHead)? ChangedPaths(string baseCommit, string? headCommit, IReadOnlyList<string> paths)
    {
        string[] Diff(string filter) =>
            headCommit is null ? ["diff", "--no-renames", "--name-only", "-z", $"--diff-filter={filter}", baseCommit, "--", .. paths]
                : ["diff", "--no-renames", "--name-only", "-z", $"--diff-filter={filter}", baseCommit, headCommit, "--", .. paths];

        var inBase = GitCommand.Run(Root, Diff("MDT"));
        var added = GitCommand.Run(Root, Diff("A"));
        var untracked = headCommit is null ? GitCommand.Run(Root, ["ls-files", "--others", "-z", "--", .. paths]) : [];
        return inBase is null || added is null || untracked is null
            ? null
            : (Names(inBase), Names(added).Concat(Names(untracked)).Distinct(StringComparer.Ordinal).ToList());
    }

    private static List<string> Names(byte[] output) =>
        System.Text.Encoding.UTF8.GetString(output).Split('\0', StringSplitOptions.RemoveEmptyEntries).ToList();

    /// <summary>
    /// Writes the files of <paramref name="commit"/> under each of <paramref name="paths"/> (repository-relative
    /// folders or files; absent ones are skipped) into <paramref name="target"/>. False when Git cannot read them.
    /// </summary>
    /// <param name="pathsExist">True when every path is known to exist in the commit (from <see cref="ChangedPaths"/>), so none is checked.</param>
    public bool Materialise(string commit, IReadOnlyList<string> paths, string target, bool pathsExist = false)
    {
        var present = pathsExist ? paths.ToList() : paths.Where(p => p is "." or "" || GitCommand.Run(Root, ["cat-file", "-e", $"{commit}:{p}"]) is not null).Select(p => p.Length == 0 ? "." : p).ToList();
        Directory.CreateDirectory(target);
        if (present.Count == 0)
        {
            return true;
        }

        var archive = GitCommand.Run(Root, ["--literal-pathspecs", "archive", "--format=tar", commit, "--", .. present], ArchiveTimeout);
        if (archive is null)
        {
            return false;
        }

        var root = Path.GetFullPath(target);
        using var reader = new TarReader(new MemoryStream(archive));
        while (reader.GetNextEntry() is { } entry)
        {
            // Only regular files, and only inside the target: a link in the revision is not followed.
            if (entry.EntryType is not (TarEntryType.RegularFile or TarEntryType.V7RegularFile) || entry.DataStream is null)
            {
                continue;
            }

            var path = Path.GetFullPath(Path.Combine(root, entry.Name));
            if (!path.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            {
                continue;
            }

            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            using var file = File.Create(path);
            entry.DataStream.CopyTo(file);
        }

        return true;
    }
}
