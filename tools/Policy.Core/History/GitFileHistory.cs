namespace Policy.Core.History;

/// <summary>
/// File history from the <c>git</c> command line (Git is driven through the command every
/// checkout has, not a native library). Local only: <c>log</c> and <c>show</c> never touch a remote. Any failure (no git,
/// not a repository, a shallow clone) reads as "no history", never as an error.
/// </summary>
public sealed class GitFileHistory : IFileHistory
{
    private readonly string root;
    private readonly string? revision;

    /// <param name="revision">The commit whose history is read (a release tag's, for `policy verify`); HEAD when null.</param>
    public GitFileHistory(string root, string? revision = null)
    {
        this.root = root;
        this.revision = revision;
    }

    /// <summary>The top of the checkout whose history this reads.</summary>
    public string Root => root;

    /// <summary>The commit read from (null for HEAD).</summary>
    public string? Revision => revision;

    public IEnumerable<byte[]> PreviousVersions(string relativePath, int limit)
    {
        var log = Run(revision is null ? ["log", $"-n{limit}", "--format=%H", "--", relativePath] : ["log", revision, $"-n{limit}", "--format=%H", "--", relativePath]);
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

    private byte[]? Run(IReadOnlyList<string> arguments) => GitCommand.Run(root, arguments);
}
