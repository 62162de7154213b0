namespace Policy.Core.Tests;

/// <summary>Where the repository and the shared reference data sit, found from the test binary.</summary>
internal static class TestPaths
{
    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    /// <summary>RFC 8785 vectors, kept in the repository under tests/TestData with their licence and source commit.</summary>
    public static string JcsVectors => Path.Combine(RepositoryRoot, "tests", "TestData", "jcs-test-vectors");

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
