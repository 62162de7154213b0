using System.Text;

namespace Policy.Core.History;

/// <summary>
/// The commits that changed each of many paths, newest first, read from one
/// <c>git log --raw -z --no-renames</c> over all of them: for each path, the commits whose diff names it
/// and the blob the path holds after each (null where the commit deleted it). On a history without
/// merges this is, path by path, what <c>git log -- path</c> lists, so the versions found are the same.
/// </summary>
internal static class GitPathLog
{
    /// <summary>
    /// The arguments of the log; the paths go on standard input after "--", one a line. The options that
    /// shape the output are given, so a user's configuration (signatures, colour, renames) cannot change it.
    /// </summary>
    public static IReadOnlyList<string> Arguments(string? revision) =>
        ["log", .. revision is null ? Array.Empty<string>() : [revision], "--no-renames", "--root", "--raw", "-z", "--no-abbrev", "--no-color", "--no-show-signature", "--format=%x01%H", "--stdin"];

    public static byte[] Input(IEnumerable<string> paths) => Encoding.UTF8.GetBytes("--\n" + string.Concat(paths.Select(p => p + "\n")));

    /// <summary>For each path asked for, at most <paramref name="limit"/> changes, newest first.</summary>
    public static Dictionary<string, List<(string Commit, string? Blob)>> Parse(byte[] output, IReadOnlySet<string> paths, int limit)
    {
        var changes = paths.ToDictionary(p => p, _ => new List<(string Commit, string? Blob)>(), StringComparer.Ordinal);
        var fields = Encoding.UTF8.GetString(output).Split('\0');
        string? commit = null;
        for (var i = 0; i < fields.Length; i++)
        {
            var field = fields[i].TrimStart('\n');
            if (field.StartsWith('\u0001'))
            {
                commit = field[1..];
            }
            else if (field.StartsWith(':') && i + 1 < fields.Length && commit is not null)
            {
                // ":<old mode> <new mode> <old blob> <new blob> <status>", then the path.
                var path = fields[++i];
                var meta = field.Split(' ');
                if (meta.Length == 5 && changes.TryGetValue(path, out var list) && list.Count < limit)
                {
                    list.Add((commit, meta[4].StartsWith('D') ? null : meta[3]));
                }
            }
        }

        return changes;
    }
}
