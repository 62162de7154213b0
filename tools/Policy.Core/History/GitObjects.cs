using System.Text;
using Policy.Core.Processes;

namespace Policy.Core.History;

/// <summary>
/// Reads many blobs in one <c>git cat-file --batch</c> each (fed object names such as a blob id or
/// "commit:path", one a line) instead of one <c>git show</c> a version. What is missing or is no blob
/// reads as null, as a failed <c>git show</c> did.
/// </summary>
internal static class GitObjects
{
    /// <summary>Object names per process, so that one process's output stays a bounded size.</summary>
    public const int ChunkSize = 2000;

    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(2);

    /// <summary>The contents, in the order asked; all null when git cannot be run.</summary>
    public static IEnumerable<byte[]?> Read(IProcessRunner runner, string root, IReadOnlyList<string> names)
    {
        for (var start = 0; start < names.Count; start += ChunkSize)
        {
            var chunk = names.Skip(start).Take(ChunkSize).ToList();
            var output = GitCommand.Run(runner, root, ["cat-file", "--batch"], Encoding.UTF8.GetBytes(string.Concat(chunk.Select(n => n + "\n"))), Timeout);
            foreach (var content in output is null ? chunk.Select(_ => (byte[]?)null) : Parse(output, chunk.Count))
            {
                yield return content;
            }
        }
    }

    /// <summary>
    /// Each answer is "&lt;oid&gt; &lt;type&gt; &lt;size&gt;\n&lt;content&gt;\n", or one line ending in
    /// "missing" (or another word) for a name git cannot resolve.
    /// </summary>
    private static IEnumerable<byte[]?> Parse(byte[] output, int count)
    {
        var position = 0;
        for (var answered = 0; answered < count; answered++)
        {
            var end = Array.IndexOf(output, (byte)'\n', position);
            if (end < 0)
            {
                yield return null; // a truncated answer: the rest is unknown
                continue;
            }

            var header = Encoding.UTF8.GetString(output, position, end - position).Split(' ');
            position = end + 1;
            if (header is [var oid, var type, var sizeText] && oid.All(Uri.IsHexDigit) && int.TryParse(sizeText, out var size) && position + size <= output.Length)
            {
                var content = output.AsSpan(position, size).ToArray();
                position += size + 1;
                yield return type == "blob" ? content : null;
            }
            else
            {
                yield return null;
            }
        }
    }
}
