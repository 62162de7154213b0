using Policy.Core.Catalog;
using Policy.Core.Findings;

namespace Policy.Core.Loading;

/// <summary>
/// Finds the JSON files to check under the given paths. Links that lead outside the repository are
/// reported, not followed; folders that cannot be listed are reported and the walk goes on.
/// </summary>
public static class FileDiscovery
{
    private static readonly HashSet<string> SkippedFolders = new(StringComparer.Ordinal) { ".git", "node_modules", "bin", "obj" };

    public sealed record Result(IReadOnlyList<string> Files, IReadOnlyList<Finding> Findings);

    /// <param name="paths">Full paths of files or folders, each inside the repository.</param>
    public static Result Discover(RepositoryLayout layout, IEnumerable<string> paths)
    {
        var files = new SortedSet<string>(StringComparer.Ordinal);
        var findings = new List<Finding>();
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                Walk(layout, new DirectoryInfo(path), files, findings);
            }
            else
            {
                AddFile(layout, new FileInfo(path), files, findings);
            }
        }

        return new Result(files.ToList(), findings);
    }

    /// <summary>
    /// Whether walking a folder finds the regular file at <paramref name="pathInFolder"/> ('/'-separated, relative
    /// to that folder): a JSON file in no skipped folder. For a Git revision's files, which are never on disk.
    /// </summary>
    public static bool Finds(string pathInFolder)
    {
        var parts = pathInFolder.Split('/');
        return IsChecked(parts[^1]) && !parts[..^1].Any(SkippedFolders.Contains);
    }

    private static bool IsChecked(string fileName) => Path.GetExtension(fileName).Equals(".json", StringComparison.OrdinalIgnoreCase);

    private static void Walk(RepositoryLayout layout, DirectoryInfo directory, SortedSet<string> files, List<Finding> findings)
    {
        FileSystemInfo[] entries;
        try
        {
            entries = directory.GetFileSystemInfos();
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException or System.Security.SecurityException)
        {
            findings.Add(Unreadable(layout, directory.FullName, error.Message));
            return;
        }

        foreach (var entry in entries.OrderBy(e => e.Name, StringComparer.Ordinal))
        {
            if (entry is DirectoryInfo child)
            {
                if (SkippedFolders.Contains(child.Name))
                {
                    continue;
                }

                if (IsLink(child))
                {
                    if (!LinkStaysInside(layout, child))
                    {
                        findings.Add(OutsideRepository(layout, child));
                        continue;
                    }

                    // A link to a folder inside the repository: its files are found through their real path.
                    continue;
                }

                Walk(layout, child, files, findings);
            }
            else if (entry is FileInfo file && IsChecked(file.Name))
            {
                AddFile(layout, file, files, findings);
            }
        }
    }

    private static void AddFile(RepositoryLayout layout, FileInfo file, SortedSet<string> files, List<Finding> findings)
    {
        if (IsLink(file) && !LinkStaysInside(layout, file))
        {
            findings.Add(OutsideRepository(layout, file));
            return;
        }

        files.Add(file.FullName);
    }

    /// <summary>
    /// Every link carries the ReparsePoint attribute, which enumeration already knows; asking
    /// <see cref="FileSystemInfo.LinkTarget"/> only then saves a readlink call per ordinary file.
    /// </summary>
    private static bool IsLink(FileSystemInfo entry) =>
        entry.Attributes.HasFlag(FileAttributes.ReparsePoint) && entry.LinkTarget is not null;

    private static bool LinkStaysInside(RepositoryLayout layout, FileSystemInfo link)
    {
        try
        {
            var target = link.ResolveLinkTarget(returnFinalTarget: true);
            return target is not null && layout.Contains(target.FullName);
        }
        catch (IOException)
        {
            return false;
        }
    }

    private static Finding OutsideRepository(RepositoryLayout layout, FileSystemInfo link) =>
        new(
            InputRules.FileOutsideRepository.Id,
            InputRules.FileOutsideRepository.DefaultSeverity,
            $"'{layout.Relative(link.FullName)}' is a link to '{link.LinkTarget}', outside the repository; it was not read. Copy the file into the repository instead.",
            SourceLocation.StartOf(layout.Relative(link.FullName)));

    internal static Finding Unreadable(RepositoryLayout layout, string fullPath, string reason) =>
        new(
            InputRules.FileUnreadable.Id,
            InputRules.FileUnreadable.DefaultSeverity,
            $"cannot read '{layout.Relative(fullPath)}': {reason}",
            SourceLocation.StartOf(layout.Relative(fullPath)));
}
