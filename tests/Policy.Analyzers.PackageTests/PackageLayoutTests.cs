// What the packages carry: the analyzer and its code fixes side by side for C#, the build files for
// direct and transitive references, no dependencies; the annotations as an ordinary library.
using System.IO.Compression;
using System.Xml.Linq;

namespace Policy.Analyzers.PackageTests;

[Collection(PackedCollection.Name)]
public sealed class PackageLayoutTests(PackedConsumer consumer)
{
    [Fact]
    public void Analyzer_package_carries_analyzer_code_fixes_and_build_files_and_nothing_else()
    {
        using var package = ZipFile.OpenRead(Path.Combine(consumer.Feed, $"Policy.Analyzers.{PackedConsumer.PackageVersion}.nupkg"));
        var content = package.Entries.Select(e => e.FullName)
            .Where(n => !n.StartsWith("_rels/", StringComparison.Ordinal) && !n.StartsWith("package/", StringComparison.Ordinal) && n != "[Content_Types].xml")
            .OrderBy(n => n, StringComparer.Ordinal);
        Assert.Equal(
            new[]
            {
                "Policy.Analyzers.nuspec",
                "analyzers/dotnet/cs/Policy.Analyzers.CodeFixes.dll",
                "analyzers/dotnet/cs/Policy.Analyzers.dll",
                "build/Policy.Analyzers.props",
                "build/Policy.Analyzers.targets",
                "buildTransitive/Policy.Analyzers.props",
                "buildTransitive/Policy.Analyzers.targets",
            },
            content);

        var nuspec = Nuspec(package, "Policy.Analyzers.nuspec");
        Assert.Equal("true", Element(nuspec, "developmentDependency")?.Value);
        Assert.Null(Element(nuspec, "dependencies"));
    }

    [Fact]
    public void Annotations_package_is_a_plain_netstandard_library_with_its_xml_docs()
    {
        using var package = ZipFile.OpenRead(Path.Combine(consumer.Feed, $"Policy.Annotations.{PackedConsumer.PackageVersion}.nupkg"));
        var lib = package.Entries.Select(e => e.FullName).Where(n => n.StartsWith("lib/", StringComparison.Ordinal)).OrderBy(n => n, StringComparer.Ordinal);
        Assert.Equal(new[] { "lib/netstandard2.0/Policy.Annotations.dll", "lib/netstandard2.0/Policy.Annotations.xml" }, lib);
        Assert.Null(Element(Nuspec(package, "Policy.Annotations.nuspec"), "developmentDependency"));
    }

    private static XDocument Nuspec(ZipArchive package, string name)
    {
        using var stream = package.GetEntry(name)!.Open();
        return XDocument.Load(stream);
    }

    private static XElement? Element(XDocument nuspec, string localName) =>
        nuspec.Descendants().FirstOrDefault(e => e.Name.LocalName == localName);
}
