namespace Policy.Tests.Shared;

/// <summary>The repository's own JSON files, for tests that run over all of them (never outside the repository).</summary>
internal static class RepositoryJsonFiles
{
    /// <summary>Every *.json under the folders (relative to <paramref name="root"/>), as '/'-separated relative paths, folder by folder in ordinal order.</summary>
    public static TheoryData<string> Under(string root, params string[] folders)
    {
        var data = new TheoryData<string>();
        foreach (var folder in folders)
        {
            foreach (var file in Directory.GetFiles(Path.Combine(root, folder), "*.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                data.Add(Path.GetRelativePath(root, file).Replace('\\', '/'));
            }
        }

        return data;
    }
}
