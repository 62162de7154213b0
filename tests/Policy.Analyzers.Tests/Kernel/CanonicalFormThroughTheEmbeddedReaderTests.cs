using Policy.Analyzers.Json;
using Policy.Core.Tests;
using Policy.Kernel.Hashing;

namespace Policy.Analyzers.Tests.Kernel;

/// <summary>
/// The RFC 8785 vectors through the analyzers' own reader: the kernel's canonical form must come out the
/// same as through the CLI's (tests/Policy.Core.Tests/Kernel/JsonCanonicalizerTests.cs).
/// </summary>
public sealed class CanonicalFormThroughTheEmbeddedReaderTests
{
    public static TheoryData<string> VectorNames()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(Path.Combine(TestPaths.JcsVectors, "input"), "*.json").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(file));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(VectorNames))]
    public void Rfc8785_vector_canonicalises_to_the_expected_bytes(string name)
    {
        var input = File.ReadAllText(Path.Combine(TestPaths.JcsVectors, "input", name));
        var expected = File.ReadAllText(Path.Combine(TestPaths.JcsVectors, "output", name));

        Assert.Equal(expected, JsonCanonicalizer.Canonicalize(JsonReader.Parse(input)));
    }

    [Fact]
    public void Every_example_artefact_hashes_the_same_through_both_readers()
    {
        var files = new[] { "policies", "docs/examples/non-compliant/policies", "analyzers/samples/VendorApp/policies" }
            .SelectMany(folder => Directory.EnumerateFiles(Path.Combine(TestPaths.RepositoryRoot, folder), "*.json", SearchOption.AllDirectories))
            .ToList();
        Assert.True(files.Count > 50);
        foreach (var file in files)
        {
            var text = File.ReadAllText(file);
            string? viaCli;
            try
            {
                viaCli = TextHashViaCli(text);
            }
            catch (Policy.JsonSchema.JsonSourceException)
            {
                viaCli = null; // a deliberately broken example file: the embedded reader must refuse it too
            }

            if (viaCli is null)
            {
                Assert.Throws<JsonReadException>(() => JsonReader.Parse(text));
                continue;
            }

            Assert.Equal(viaCli, ContentHash.Compute(JsonReader.Parse(text)));
        }
    }

    private static string TextHashViaCli(string text) => CoreHash.Of(text);
}
