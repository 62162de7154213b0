namespace Policy.JsonSchema.Tests;

/// <summary>Where the repository and the shared reference data sit, found from the test binary.</summary>
internal static class TestPaths
{
    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    /// <summary>The official JSON Schema Test Suite, beside the repository in ../shared (not copied into it).</summary>
    public static string TestSuite => Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared", "json-schema-test-suite"));

    private static string FindRepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Policy.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Policy.sln not found above " + AppContext.BaseDirectory);
    }
}
