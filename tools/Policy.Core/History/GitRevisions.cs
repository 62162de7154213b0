using System.Formats.Tar;

namespace Policy.Core.History;

/// <summary>
/// Revisions of a Git repository for `policy diff`: resolving names, the default base, what differs,
/// and writing a revision's files (its schemas) into a folder of their own. A revision is read from Git's objects
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
        // One process lists which of the candidate branches exist (and where the remote's HEAD points).
        string[] candidates = ["refs/remotes/origin/HEAD", "refs/remotes/origin/main", "refs/remotes/origin/master", "refs/heads/main", "refs/heads/master"];
        var refs = GitCommand.Text(Root, ["for-each-ref", "--format=%(refname) %(symref)", .. candidates]) ?? string.Empty;
        var existing = refs.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(line => line.Split(' ', 2))
            .ToDictionary(parts => parts[0], parts => parts.Length > 1 && parts[1].Length > 0 ? parts[1] : parts[0], StringComparer.Ordinal);
        foreach (var branch in candidates)
        {
            if (existing.TryGetValue(branch, out var target) && GitCommand.Text(Root, "merge-base", "HEAD", target) is { Length: > 0 } mergeBase)
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
        // --name-status -z: a status letter, then the path, each ended by NUL. A (added) is only in the head.
        var status = GitCommand.Run(Root, headCommit is null
            ? ["diff", "--no-renames", "--name-status", "-z", baseCommit, "--", .. paths]
            : ["diff", "--no-renames", "--name-status", "-z", baseCommit, headCommit, "--", .. paths]);
        var untracked = headCommit is null ? GitCommand.Run(Root, ["ls-files", "--others", "-z", "--", .. paths]) : [];
        if (status is null || untracked is null)
        {
            return null;
        }

        var fields = Names(status);
        var inBase = new List<string>();
        var onlyInHead = new List<string>();
        for (var i = 0; i + 1 < fields.Count; i += 2)
        {
            (fields[i] == "A" ? onlyInHead : inBase).Add(fields[i + 1]);
        }

        return (inBase, onlyInHead.Concat(Names(untracked)).Distinct(StringComparer.Ordinal).ToList());
    }

    /// <summary>Which of the paths the commit has, asked in one <c>git ls-tree</c>; "." or "" is the whole tree.</summary>
    private List<string> Existing(string commit, IReadOnlyList<string> paths)
    {
        if (paths.Any(p => p is "." or ""))
        {
            return ["."];
        }

        var listed = GitCommand.Run(Root, ["--literal-pathspecs", "ls-tree", "--name-only", "-z", commit, "--", .. paths]) is { } output ? Names(output).ToHashSet(StringComparer.Ordinal) : [];
        return paths.Where(listed.Contains).ToList();
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
        var present = pathsExist ? paths.ToList() : Existing(commit, paths);
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
