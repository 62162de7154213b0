using Policy.Core.Loading;
using Policy.Core.Tests.Fixtures;

namespace Policy.Core.Tests.Loading;

/// <summary>Which files a walk finds: every JSON file, hidden ones too, in ordinal order; build and VCS folders skipped.</summary>
public sealed class FileDiscoveryTests : IDisposable
{
    private readonly TestRepository repository = new();

    public void Dispose() => repository.Dispose();

    [Fact]
    public void Every_json_file_is_found_in_order_and_build_and_version_control_folders_are_not()
    {
        foreach (var file in new[] { "policies/b/z.json", "policies/B/a.JSON", "policies/.hidden/x.json", "policies/a/.dot.json", "policies/a/notes.txt", "policies/a/json", "policies/bin/x.json", "policies/obj/x.json", "policies/.git/x.json", "policies/node_modules/x.json", "policies/a/binder/y.json" })
        {
            repository.Write(file, "{}");
        }

        var found = FileDiscovery.Discover(new RepositoryLayout(repository.Root, Path.Combine(repository.Root, "schemas")), [repository.Policies]);

        Assert.Empty(found.Findings);
        Assert.Equal(
            ["policies/.hidden/x.json", "policies/B/a.JSON", "policies/a/.dot.json", "policies/a/binder/y.json", "policies/b/z.json"],
            found.Files.Select(f => Path.GetRelativePath(repository.Root, f).Replace('\\', '/')).Where(f => !f.StartsWith("policies/governance", StringComparison.Ordinal)));
    }
}
