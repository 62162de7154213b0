using System.Text;
using Policy.Core.Processes;

namespace Policy.Core.History;

/// <summary>
/// A revision's files read into memory from Git's objects (one <c>git ls-tree</c>, one
/// <c>git cat-file --batch</c> per <see cref="GitObjects.ChunkSize"/> files): `policy diff` compares a
/// revision without writing it to disk. Only regular files are read; a link or a submodule in the
/// revision is left out, as extracting the revision left it out.
/// </summary>
public static class RevisionFiles
{
    /// <summary>
    /// The files of <paramref name="commit"/> under <paramref name="path"/> (repository-relative; "." for
    /// all) that <paramref name="keep"/> accepts, by repository-relative path in ordinal order. Null when
    /// Git cannot list or read them.
    /// </summary>
    /// <param name="keep">Given a file's repository-relative path, whether to read it.</param>
    public static IReadOnlyDictionary<string, byte[]>? Read(string root, string commit, string path, Func<string, bool> keep)
    {
        if (GitCommand.Run(root, ["--literal-pathspecs", "ls-tree", "-r", "-z", commit, "--", path]) is not { } listing)
        {
            return null;
        }

        var files = RegularFiles(listing).Where(f => keep(f.Path)).OrderBy(f => f.Path, StringComparer.Ordinal).ToList();
        var contents = GitObjects.Read(SystemProcessRunner.Instance, root, files.Select(f => f.Blob).ToList()).ToList();
        var result = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        for (var i = 0; i < files.Count; i++)
        {
            if (contents[i] is not { } content)
            {
                return null;
            }

            result[files[i].Path] = content;
        }

        return result;
    }

    /// <summary>
    /// Whether <paramref name="commit"/> has, under <paramref name="path"/>, exactly the regular files of
    /// the folder <paramref name="folder"/> on disk, byte for byte (then that folder can stand for it).
    /// </summary>
    public static bool SameAsFolder(string root, string commit, string path, string folder)
    {
        if (!Directory.Exists(folder)
            || GitCommand.Run(root, ["--literal-pathspecs", "ls-tree", "-r", "-z", commit, "--", path]) is not { } listing)
        {
            return false;
        }

        var entries = Entries(listing).ToList();
        if (entries.Any(e => !IsRegular(e)))
        {
            return false; // a link or submodule: not worth judging, the revision is read the long way
        }

        var onDisk = Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(folder, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .ToList();
        var prefix = path is "." or "" ? string.Empty : path.TrimEnd('/') + "/";
        var inCommit = entries.Select(e => e.Path.StartsWith(prefix, StringComparison.Ordinal) ? e.Path[prefix.Length..] : e.Path).Order(StringComparer.Ordinal).ToList();
        if (!onDisk.SequenceEqual(inCommit, StringComparer.Ordinal))
        {
            return false;
        }

        var blobs = entries.OrderBy(e => e.Path, StringComparer.Ordinal).Select(e => e.Blob).ToList();
        var index = 0;
        foreach (var content in GitObjects.Read(SystemProcessRunner.Instance, root, blobs))
        {
            if (content is null || !content.AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(folder, onDisk[index]))))
            {
                return false;
            }

            index++;
        }

        return true;
    }

    private sealed record Entry(string Mode, string Type, string Blob, string Path);

    private static IEnumerable<Entry> RegularFiles(byte[] listing) => Entries(listing).Where(IsRegular);

    private static bool IsRegular(Entry entry) => entry.Type == "blob" && entry.Mode is "100644" or "100755";

    /// <summary>`ls-tree -z` lines: "&lt;mode&gt; &lt;type&gt; &lt;object&gt;\t&lt;path&gt;", each ended by NUL.</summary>
    private static IEnumerable<Entry> Entries(byte[] listing)
    {
        foreach (var line in Encoding.UTF8.GetString(listing).Split('\0', StringSplitOptions.RemoveEmptyEntries))
        {
            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            var fields = tab < 0 ? [] : line[..tab].Split(' ');
            if (fields is [var mode, var type, var blob])
            {
                yield return new Entry(mode, type, blob, line[(tab + 1)..]);
            }
        }
    }
}
