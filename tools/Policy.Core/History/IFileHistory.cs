namespace Policy.Core.History;

/// <summary>Earlier committed versions of repository files, newest first.</summary>
public interface IFileHistory
{
    /// <param name="relativePath">Repository-relative path with forward slashes.</param>
    /// <param name="limit">How many versions to look at, at most.</param>
    IEnumerable<byte[]> PreviousVersions(string relativePath, int limit);

    /// <summary>
    /// The versions of several files, each file's newest first, as one request (a Git history reads them
    /// in a few processes instead of a few per file).
    /// </summary>
    IEnumerable<(string Path, byte[] Content)> PreviousVersions(IReadOnlyCollection<string> relativePaths, int limit) =>
        relativePaths.Distinct(StringComparer.Ordinal).SelectMany(path => PreviousVersions(path, limit).Select(content => (path, content)));
}
