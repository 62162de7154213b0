// The package's build files by MSBuild evaluation alone (no restore, no compile): which folder becomes
// PolicyRoot, which files become AdditionalFiles, and that the analyzer is allowed to see PolicyRoot.
using System.Text.Json;

namespace Policy.Analyzers.PackageTests;

public sealed class BuildFilesTests : IDisposable
{
    private readonly string root = Path.Combine(Path.GetTempPath(), "policy-build-files-" + Guid.NewGuid().ToString("N")[..8]);

    public void Dispose()
    {
        try
        {
            Directory.Delete(root, recursive: true);
        }
        catch (IOException)
        {
            // A temp folder left behind is harmless.
        }
    }

    [Fact]
    public async Task Default_root_is_the_nearest_policies_folder_above_and_its_json_files_are_added()
    {
        Write("org/policies/governance.json");
        Write("org/policies/systems/ecg/system-card.json");
        Write("org/policies/README.md");
        Write("org/apps/vendor/src/Program.cs");
        var project = Project("org/apps/vendor/src", string.Empty);

        var (policyRoot, files, visible) = await EvaluateAsync(project);

        Assert.Equal(Full("org/policies/"), policyRoot);
        Assert.Equal(new[] { Full("org/policies/governance.json"), Full("org/policies/systems/ecg/system-card.json") }, files);
        Assert.Contains("PolicyRoot", visible);
    }

    [Fact]
    public async Task Nearer_policies_folder_wins_and_none_found_means_no_root()
    {
        Write("org/policies/governance.json");
        Write("org/apps/policies/governance.json");
        Write("elsewhere/readme.txt");

        var (nearer, _, _) = await EvaluateAsync(Project("org/apps/vendor", string.Empty));
        var (none, noFiles, _) = await EvaluateAsync(Project("elsewhere/app", string.Empty));

        Assert.Equal(Full("org/apps/policies/"), nearer);
        Assert.Equal(string.Empty, none);
        Assert.Empty(noFiles);
    }

    [Fact]
    public async Task Explicit_relative_root_is_made_absolute_and_opt_out_adds_no_files()
    {
        Write("governance-repo/org/governance.json");
        Write("app/policies/ignored.json");

        var (explicitRoot, files, _) = await EvaluateAsync(Project("app", "<PolicyRoot>../governance-repo/org</PolicyRoot>"));
        var (_, optedOut, _) = await EvaluateAsync(Project("app", "<PolicyAnalyzersIncludePolicyFiles>false</PolicyAnalyzersIncludePolicyFiles>"));

        Assert.Equal(Full("governance-repo/org/"), explicitRoot);
        Assert.Equal(new[] { Full("governance-repo/org/governance.json") }, files);
        Assert.Empty(optedOut);
    }

    [Fact]
    public async Task Explicit_root_that_does_not_exist_warns_once_with_its_path()
    {
        var project = Project("app", "<PolicyRoot>../no-such-folder</PolicyRoot>");

        var result = await ProcessRunner.DotnetAsync(Path.GetDirectoryName(project)!, null, "msbuild", project, "-nologo", "-t:WarnMissingPolicyRoot");

        Assert.Contains($"warning HPB001: PolicyRoot '{Full("no-such-folder/")}' does not exist", result.Output, StringComparison.Ordinal);
    }

    private static string BuildFile(string name)
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "analyzers", "Policy.Analyzers.Package", "buildTransitive", name);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException(name + " not found");
    }

    /// <summary>A project that sets its properties, then imports the build files the way NuGet does (props first, targets last).</summary>
    private string Project(string folder, string properties)
    {
        var path = Path.Combine(root, folder, "app.proj");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, $"""
            <Project>
              <Import Project="{BuildFile("Policy.Analyzers.props")}" />
              <PropertyGroup>{properties}</PropertyGroup>
              <Import Project="{BuildFile("Policy.Analyzers.targets")}" />
            </Project>
            """);
        return path;
    }

    private async Task<(string PolicyRoot, string[] Files, string[] Visible)> EvaluateAsync(string project)
    {
        var result = await ProcessRunner.DotnetAsync(Path.GetDirectoryName(project)!, null,
            "msbuild", project, "-nologo", "-getProperty:PolicyRoot", "-getItem:AdditionalFiles", "-getItem:CompilerVisibleProperty");
        Assert.True(result.ExitCode == 0, result.ToString());
        using var json = JsonDocument.Parse(result.Output);
        var items = json.RootElement.GetProperty("Items");
        string[] Identities(string name) => items.TryGetProperty(name, out var list)
            ? list.EnumerateArray().Select(i => i.GetProperty("Identity").GetString()!).Order(StringComparer.Ordinal).ToArray()
            : Array.Empty<string>();
        return (json.RootElement.GetProperty("Properties").GetProperty("PolicyRoot").GetString()!, Identities("AdditionalFiles"), Identities("CompilerVisibleProperty"));
    }

    private string Full(string relative) => Path.Combine(root, relative.Replace('/', Path.DirectorySeparatorChar));

    private void Write(string relative)
    {
        var path = Full(relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, "{}");
    }
}
