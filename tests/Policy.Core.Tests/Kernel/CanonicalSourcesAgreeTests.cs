using System.Text;
using System.Text.Json;
using Policy.Core.Model;
using Policy.Kernel.Hashing;

namespace Policy.Core.Tests.Kernel;

/// <summary>
/// The CLI hashes from the document's own UTF-8 bytes (<see cref="ElementSource"/>); every other reader goes
/// through decoded strings (<see cref="ElementNode"/>, the analyzers' tree). Both must give the same canonical
/// bytes on every document: the examples, the JCS vectors, and generated documents full of escapes,
/// non-ASCII names and numbers that are not plain integers.
/// </summary>
public sealed class CanonicalSourcesAgreeTests
{
    public static TheoryData<string> RepositoryJsonFiles() =>
        Policy.Tests.Shared.RepositoryJsonFiles.Under(TestPaths.RepositoryRoot, "policies", "docs", Path.Combine("tests", "TestData", "jcs-test-vectors", "input"));

    [Theory]
    [MemberData(nameof(RepositoryJsonFiles))]
    public void A_repository_file_canonicalises_the_same_through_both_sources(string file)
    {
        AssertAgree(File.ReadAllBytes(Path.Combine(TestPaths.RepositoryRoot, file)));
    }

    [Theory]
    [InlineData("{\"b\":\"\\u00e9\\n\\\"x\\\\\\/\",\"a\":[1.0,-0,1e2,123456789012345,1234567890123456,0.1,-5e-324,-0.0,1E-7]}")]
    [InlineData("{\"\\u00e9\":1,\"e\":2,\"\ufffd\":3,\"\ud83d\ude00\":4,\"\ue000\":5,\"zA\":6,\"z\\u0041\\u0042\":\"\\ud83d\\ude00\"}")]
    [InlineData("{\"ctl\":\"\\u001f\\u007f\\b\\f\\r\\t\",\"\":\"\",\"x\":[[],{},null,true,false]}")]
    [InlineData("[\"caf\u00e9 \ud83d\ude00\",\"\\u20ac\",\"tab\\tnew\\nline\",-12,100000000000000000000000]")]
    public void An_edge_case_canonicalises_the_same_through_both_sources(string json)
    {
        AssertAgree(Encoding.UTF8.GetBytes(json));
    }

    [Fact]
    public void Generated_documents_canonicalise_the_same_through_both_sources()
    {
        var random = new Random(14);
        for (var i = 0; i < 500; i++)
        {
            var text = new StringBuilder();
            WriteValue(text, random, 0);
            AssertAgree(Encoding.UTF8.GetBytes(text.ToString()));
        }
    }

    [Theory]
    [InlineData(2)]
    [InlineData(16)]
    [InlineData(17)]
    [InlineData(300)]
    public void Objects_small_and_large_sort_the_same_through_both_sources(int count)
    {
        // Small ASCII objects are sorted by insertion, larger ones by Array.Sort; both must agree with the decoded-name order.
        var random = new Random(count);
        var names = Enumerable.Range(0, count).Select(i => "m" + (i * 7919 % 1000) + (char)('A' + random.Next(26))).Distinct().OrderBy(_ => random.Next()).ToList();
        AssertAgree(Encoding.UTF8.GetBytes("{" + string.Join(",", names.Select((n, i) => $"\"{n}\":{i}")) + "}"));
    }

    [Fact]
    public void A_number_outside_the_double_range_is_refused_through_both_sources()
    {
        using var document = JsonDocument.Parse("{\"a\":1e400}");
        Assert.Throws<JsonCanonicalizationException>(() => ElementSource.Canonicalize(document.RootElement));
        Assert.Throws<JsonCanonicalizationException>(() => JsonCanonicalizer.Canonicalize(new ElementNode(document.RootElement)));
        Assert.False(ElementSource.HasCanonicalForm(document.RootElement));
        Assert.False(JsonCanonicalizer.HasCanonicalForm(new ElementNode(document.RootElement)));
    }

    private static void AssertAgree(byte[] utf8)
    {
        using var document = JsonDocument.Parse(utf8);
        var viaStrings = JsonCanonicalizer.Canonicalize(new ElementNode(document.RootElement));
        Assert.Equal(viaStrings, ElementSource.Canonicalize(document.RootElement));
        Assert.Equal(ContentHash.Compute(new ElementNode(document.RootElement)), ElementSource.Hash(document.RootElement));
        Assert.True(ElementSource.HasCanonicalForm(document.RootElement)); // the check-only walk agrees with the one that wrote the form
        Assert.True(JsonCanonicalizer.HasCanonicalForm(new ElementNode(document.RootElement)));
    }

    private static readonly string[] Names = ["id", "kind", "a", "B", "\\u00e9t\\u00e9", "\u00e9", "\ud83d\ude00", "\ue000", "z\\n", "\\\"q\\\"", "_", "10", "1"];

    private static readonly string[] Strings = ["", "plain", "caf\u00e9", "\\u0000\\u001f", "\\ud83d\\ude00", "\ud83d\ude01", "a\\\\b", "\\/", "\u20ac\\u20ac", "\\t"];

    private static readonly string[] Numbers = ["0", "-0", "7", "-42", "123456789012345", "1234567890123456789", "3.5", "1e21", "1E-7", "0.000001", "2.50", "-1.5e+300", "5e-324"];

    private static void WriteValue(StringBuilder text, Random random, int depth)
    {
        switch (depth > 3 ? random.Next(2, 6) : random.Next(0, 6))
        {
            case 0:
                text.Append('{');
                var names = Names.OrderBy(_ => random.Next()).Take(random.Next(0, 6)).ToArray();
                for (var i = 0; i < names.Length; i++)
                {
                    text.Append(i > 0 ? "," : string.Empty).Append('"').Append(names[i]).Append("\":");
                    WriteValue(text, random, depth + 1);
                }

                text.Append('}');
                break;
            case 1:
                text.Append('[');
                var count = random.Next(0, 5);
                for (var i = 0; i < count; i++)
                {
                    text.Append(i > 0 ? "," : string.Empty);
                    WriteValue(text, random, depth + 1);
                }

                text.Append(']');
                break;
            case 2:
            case 3:
                text.Append('"').Append(Strings[random.Next(Strings.Length)]).Append('"');
                break;
            case 4:
                text.Append(Numbers[random.Next(Numbers.Length)]);
                break;
            default:
                text.Append(random.Next(3) switch { 0 => "true", 1 => "false", _ => "null" });
                break;
        }
    }
}
