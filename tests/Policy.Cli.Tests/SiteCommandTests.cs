using Policy.Core.Tests;

namespace Policy.Cli.Tests;

/// <summary>`policy site` writes a static site of the example repository, and never over a folder it did not write.</summary>
public sealed class SiteCommandTests : IDisposable
{
    private readonly string output = Path.Combine(Path.GetTempPath(), "policy-site-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(output))
        {
            Directory.Delete(output, recursive: true);
        }
    }

    private static CliRunner.Result Site(string folder) => CliRunner.Run(TestPaths.RepositoryRoot, "site", "--root", TestPaths.RepositoryRoot, "--out", folder);

    [Fact]
    public void Writes_the_register_system_notice_and_governance_pages()
    {
        var result = Site(output);
        Assert.True(result.ExitCode == 0, result.Error);
        var pages = Directory.EnumerateFiles(output, "*.html", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(output, f).Replace('\\', '/')).Order(StringComparer.Ordinal).ToList();
        Assert.Contains("index.html", pages);
        Assert.Contains("governance.html", pages);
        Assert.Contains("systems/triage-orientation.html", pages);
        Assert.Contains("notices/pn-ecg-assist.fr.html", pages);
        Assert.Equal(18, pages.Count);
        foreach (var page in pages)
        {
            var html = File.ReadAllText(Path.Combine(output, page));
            Assert.Contains("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none';", html, StringComparison.Ordinal);
            Assert.DoesNotContain("http://", html.Replace("http://www.w3.org/2000/svg", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
            Assert.DoesNotContain("src=\"http", html, StringComparison.Ordinal);
        }

        var system = File.ReadAllText(Path.Combine(output, "systems/triage-orientation.html"));
        Assert.Contains("<svg", system, StringComparison.Ordinal);
        Assert.Contains("CNIL PIA", system, StringComparison.Ordinal);
        Assert.Contains("eth-triage-orientation at stage use", system, StringComparison.Ordinal);
    }

    [Fact]
    public void Writes_again_over_its_own_site()
    {
        Assert.Equal(0, Site(output).ExitCode);
        Assert.Equal(0, Site(output).ExitCode);
    }

    [Fact]
    public void Refuses_a_folder_it_did_not_write()
    {
        Directory.CreateDirectory(output);
        File.WriteAllText(Path.Combine(output, "notes.txt"), "mine");
        var result = Site(output);
        Assert.Equal(ExitCodes.UsageOrIoError, result.ExitCode);
        Assert.Contains("was not written by 'policy site'", result.Error);
        Assert.Equal("mine", File.ReadAllText(Path.Combine(output, "notes.txt")));
        Assert.Single(Directory.EnumerateFileSystemEntries(output));
    }
}
