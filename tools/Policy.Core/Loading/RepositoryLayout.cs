namespace Policy.Core.Loading;

/// <summary>
/// Where a policy repository is on disk: its root (every reported path is relative to it, and no file
/// outside it is read), its schema set, and the folder `policy validate` checks by default.
/// </summary>
public sealed class RepositoryLayout
{
    public RepositoryLayout(string root, string schemasDirectory)
    {
        Root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(root));
        SchemasDirectory = Path.TrimEndingDirectorySeparator(Path.GetFullPath(schemasDirectory));
    }

    public string Root { get; }

    public string SchemasDirectory { get; }

    /// <summary><c>policies/</c> under the root when it exists, else the root itself.</summary>
    public string DefaultPolicyPath => Directory.Exists(Path.Combine(Root, "policies")) ? Path.Combine(Root, "policies") : Root;

    /// <summary>
    /// The repository around <paramref name="start"/>: the nearest folder at or above it holding
    /// <c>.git</c>, else <paramref name="start"/>. Schemas: <c>schemas/</c> under that root when it
    /// exists, else the schema set shipped with the tool.
    /// </summary>
    public static RepositoryLayout Discover(string start, string? schemasOverride, string shippedSchemas)
    {
        var root = Path.GetFullPath(start);
        for (var directory = new DirectoryInfo(root); directory is not null; directory = directory.Parent)
        {
            if (Directory.Exists(Path.Combine(directory.FullName, ".git")) || File.Exists(Path.Combine(directory.FullName, ".git")))
            {
                root = directory.FullName;
                break;
            }
        }

        var schemas = schemasOverride ?? (Directory.Exists(Path.Combine(root, "schemas")) ? Path.Combine(root, "schemas") : shippedSchemas);
        return new RepositoryLayout(root, Path.GetFullPath(schemas, root));
    }

    /// <summary>True when the path is the root or inside it.</summary>
    public bool Contains(string fullPath)
    {
        var path = Path.TrimEndingDirectorySeparator(Path.GetFullPath(fullPath));
        return path == Root || path.StartsWith(Root + Path.DirectorySeparatorChar, StringComparison.Ordinal);
    }

    /// <summary>The repository-relative path with forward slashes (what every finding carries).</summary>
    public string Relative(string fullPath) => Path.GetRelativePath(Root, fullPath).Replace('\\', '/');
}
