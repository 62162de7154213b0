namespace Policy.Core.History;

/// <summary>Earlier committed versions of a repository file, newest first.</summary>
public interface IFileHistory
{
    /// <param name="relativePath">Repository-relative path with forward slashes.</param>
    /// <param name="limit">How many versions to look at, at most.</param>
    IEnumerable<byte[]> PreviousVersions(string relativePath, int limit);
}
