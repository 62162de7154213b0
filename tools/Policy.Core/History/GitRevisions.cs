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
    /// Writes the files of <paramref name="commit"/> under each of <paramref name="paths"/> (repository-relative
    /// folders or files; absent ones are skipped) into <paramref name="target"/>. False when Git cannot read them.
    /// </summary>
    public bool Materialise(string commit, IReadOnlyList<string> paths, string target)
    {
        var present = paths.Where(p => p is "." or "" || GitCommand.Run(Root, ["cat-file", "-e", $"{commit}:{p}"]) is not null).Select(p => p.Length == 0 ? "." : p).ToList();
        Directory.CreateDirectory(target);
        if (present.Count == 0)
        {
            return true;
        }

        var archive = GitCommand.Run(Root, ["archive", "--format=tar", commit, "--", .. present], ArchiveTimeout);
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
