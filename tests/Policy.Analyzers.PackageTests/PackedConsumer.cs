// Shared by the tests of the "packed" collection: packs the two packages into a temporary feed, copies the sample
// vendor app next to it with its csproj switched from ProjectReferences to PackageReferences, and
// restores once from that feed plus the machine's offline package cache (no other source, so no network).
using System.Reflection;
using System.Xml.Linq;

namespace Policy.Analyzers.PackageTests;

public sealed class PackedConsumer : IAsyncLifetime
{
    /// <summary>A version no real package has, restored into a package folder of this run only.</summary>
    public const string PackageVersion = "0.1.0-packagetest";

    private static readonly string[] PackedProjects =
    {
        "analyzers/Policy.Analyzers.Package/Policy.Analyzers.Package.csproj",
        "analyzers/Policy.Annotations/Policy.Annotations.csproj",
    };

    /// <summary>The date the analyzers judge approvals on: inside the sample approvals' validity, so the test never expires.</summary>
    public const string AnalyzerToday = "2026-12-01";

    public string Root { get; } = Path.Combine(Path.GetTempPath(), "policy-package-tests-" + Guid.NewGuid().ToString("N")[..8]);

    public string ConsumerDirectory => Path.Combine(Root, "VendorApp");

    public string Feed => Path.Combine(Root, "feed");

    /// <summary>Restore and build use this run's package folder, so a stale extracted package is never picked up.</summary>
    public IReadOnlyDictionary<string, string> Environment => new Dictionary<string, string> { ["NUGET_PACKAGES"] = Path.Combine(Root, "packages") };

    public async Task InitializeAsync()
    {
        var repository = RepositoryRoot();
        var feed = Feed;
        var configuration = typeof(PackedConsumer).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";
        foreach (var project in PackedProjects)
        {
            Require(await ProcessRunner.DotnetAsync(repository, null,
                "pack", project, "--no-build", "-c", configuration, "-o", feed, "-p:Version=" + PackageVersion, "-v", "q", "-nologo"), "pack " + project);
        }

        CopySample(Path.Combine(repository, "analyzers", "samples", "VendorApp"), ConsumerDirectory);
        SwitchToPackages(Path.Combine(ConsumerDirectory, "VendorApp.csproj"));
        WriteBuildFiles(repository, feed);
        Require(await ProcessRunner.DotnetAsync(ConsumerDirectory, Environment, "restore", "-v", "q", "-nologo"), "restore");
    }

    public Task DisposeAsync()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A temp folder left behind is harmless; never fail the run for it.
        }

        return Task.CompletedTask;
    }

    public Task<ProcessResult> BuildAsync(params string[] properties) =>
        ProcessRunner.DotnetAsync(ConsumerDirectory, Environment,
            new[] { "build", "--no-restore", "-v", "q", "-nologo" }.Concat(properties.Select(p => "-p:" + p)).ToArray());

    private static void Require(ProcessResult result, string what)
    {
        if (result.ExitCode != 0)
        {
            throw new InvalidOperationException($"{what} failed: {result}");
        }
    }

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Policy.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("Policy.sln not found above " + AppContext.BaseDirectory);
    }

    private static void CopySample(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(from, file);
            var first = relative.Split(Path.DirectorySeparatorChar)[0];
            if (first is "bin" or "obj")
            {
                continue;
            }

            var target = Path.Combine(to, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    /// <summary>The sample's own csproj, with the repository ProjectReferences and build-file imports replaced by the two packages.</summary>
    private static void SwitchToPackages(string csproj)
    {
        var document = XDocument.Load(csproj);
        var project = document.Root!;
        foreach (var reference in project.Descendants("ProjectReference").ToList())
        {
            var group = reference.Parent!;
            reference.Remove();
            if (!group.HasElements)
            {
                group.Remove();
            }
        }

        project.Elements("Import").Remove();
        project.Add(new XElement("ItemGroup",
            new XElement("PackageReference", new XAttribute("Include", "Policy.Annotations")),
            new XElement("PackageReference", new XAttribute("Include", "Policy.Analyzers"))));
        document.Save(csproj);
    }

    private void WriteBuildFiles(string repository, string feed)
    {
        // The vendor's own build settings: strict, like this repository's, and nothing inherited from above the temp folder.
        File.WriteAllText(Path.Combine(Root, "Directory.Build.props"), """
            <Project>
              <PropertyGroup>
                <Nullable>enable</Nullable>
                <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
                <ManagePackageVersionsCentrally>true</ManagePackageVersionsCentrally>
                <NuGetAudit>false</NuGetAudit>
              </PropertyGroup>
              <ItemGroup>
                <GlobalAnalyzerConfigFiles Include="$(MSBuildThisFileDirectory)policy-analyzers.globalconfig" />
              </ItemGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(Root, "policy-analyzers.globalconfig"), $"is_global = true\npolicy_analyzers.today = {AnalyzerToday}\n");

        // The repository's central versions (one source of truth) plus the two packages under test.
        var versions = XDocument.Load(Path.Combine(repository, "Directory.Packages.props"));
        versions.Root!.Add(new XElement("ItemGroup",
            new XElement("PackageVersion", new XAttribute("Include", "Policy.Analyzers"), new XAttribute("Version", PackageVersion)),
            new XElement("PackageVersion", new XAttribute("Include", "Policy.Annotations"), new XAttribute("Version", PackageVersion))));
        versions.Save(Path.Combine(Root, "Directory.Packages.props"));

        var offlineCache = System.Environment.GetEnvironmentVariable("NUGET_PACKAGES") is { Length: > 0 } configured
            ? configured
            : Path.Combine(System.Environment.GetFolderPath(System.Environment.SpecialFolder.UserProfile), ".nuget", "packages");
        new XDocument(new XElement("configuration",
            new XElement("packageSources",
                new XElement("clear"),
                new XElement("add", new XAttribute("key", "packed-under-test"), new XAttribute("value", feed)),
                new XElement("add", new XAttribute("key", "offline-cache"), new XAttribute("value", offlineCache)))))
            .Save(Path.Combine(Root, "nuget.config"));
    }
}
