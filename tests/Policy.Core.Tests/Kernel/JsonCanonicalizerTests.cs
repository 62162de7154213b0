using System.Text.Json;
using Policy.Core.Model;
using Policy.Kernel.Hashing;
using Policy.Kernel.Json;

namespace Policy.Core.Tests.Kernel;

/// <summary>
/// The kernel's RFC 8785 canonical form, read through the CLI's adapter (System.Text.Json). The analyzers'
/// tests run the same vectors through their own reader (tests/Policy.Analyzers.Tests/Kernel).
/// </summary>
public sealed class JsonCanonicalizerTests
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

    private static string Canonicalize(string json)
    {
        using var document = JsonDocument.Parse(json);
        return JsonCanonicalizer.Canonicalize(new ElementNode(document.RootElement));
    }

    [Theory]
    [MemberData(nameof(VectorNames))]
    public void Rfc8785_vector_canonicalises_to_the_expected_bytes(string name)
    {
        var input = File.ReadAllText(Path.Combine(TestPaths.JcsVectors, "input", name));
        var expected = File.ReadAllText(Path.Combine(TestPaths.JcsVectors, "output", name));

        Assert.Equal(expected, Canonicalize(input));
    }

    [Theory]
    [InlineData(0x4340000000000001UL, "9007199254740994")]
    [InlineData(0x4340000000000002UL, "9007199254740996")]
    [InlineData(0x444b1ae4d6e2ef50UL, "1e+21")]
    [InlineData(0x3eb0c6f7a0b5ed8dUL, "0.000001")]
    [InlineData(0x3eb0c6f7a0b5ed8cUL, "9.999999999999997e-7")]
    [InlineData(0x8000000000000000UL, "0")]
    [InlineData(0x0UL, "0")]
    [InlineData(0x7fefffffffffffffUL, "1.7976931348623157e+308")]
    [InlineData(0x0000000000000001UL, "5e-324")]
    public void Numbers_print_as_ecmascript_does(ulong bits, string expected)
    {
        Assert.Equal(expected, EcmaNumber.Format(BitConverter.UInt64BitsToDouble(bits)));
    }

    [Theory]
    [InlineData("1e400")]
    [InlineData("[-1e309]")]
    public void A_number_outside_the_double_range_has_no_canonical_form(string json)
    {
        var error = Assert.Throws<JsonCanonicalizationException>(() => Canonicalize(json));
        Assert.Contains("range", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0xD800, "")]
    [InlineData(0xDC00, "a")]
    [InlineData(0xDBFF, "z")]
    public void A_lone_surrogate_has_no_canonical_form_whatever_reader_let_it_through(int codeUnit, string around)
    {
        // Built here: xunit cannot carry a lone surrogate in test data.
        var text = around + (char)codeUnit + around;
        var error = Assert.Throws<JsonCanonicalizationException>(() => JsonCanonicalizer.Canonicalize(new StringNode(text)));
        Assert.Contains("surrogate", error.Message, StringComparison.Ordinal);
        Assert.False(JsonCanonicalizer.HasCanonicalForm(new StringNode(text)));
    }

    [Fact]
    public void A_surrogate_pair_is_written_as_the_character()
    {
        Assert.Equal("\"\ud83d\ude00\"", JsonCanonicalizer.Canonicalize(new StringNode("\ud83d\ude00")));
    }

    [Theory]
    [InlineData("[-0, 0, 7, -42, 100000000000000]", "[0,0,7,-42,100000000000000]")]
    [InlineData("[1234567890123456789, 1.50, 1e3, 0.0, -0.0]", "[1234567890123456800,1.5,1000,0,0]")]
    [InlineData("{\"b\": {\"z\": 1, \"a\": [ {\"y\": 2, \"x\": 3} ]}, \"a\": \"q\\\"\\u00e9\"}", "{\"a\":\"q\\\"é\",\"b\":{\"a\":[{\"x\":3,\"y\":2}],\"z\":1}}")]
    [InlineData("{\"a\": 1, \"b\": {\"c\": true, \"d\": null}}", "{\"a\":1,\"b\":{\"c\":true,\"d\":null}}")]
    [InlineData("[\"\\u0000\\u001f\\t\\n\\/\"]", "[\"\\u0000\\u001f\\t\\n/\"]")]
    public void Shortcuts_give_the_same_canonical_form(string json, string expected) =>
        Assert.Equal(expected, Canonicalize(json));

    [Fact]
    public void Reformatting_keeps_the_hash_and_a_change_of_meaning_does_not()
    {
        var original = TextContentHash.Of("{\"id\":\"ecg\",\"risk\":\"high-risk\"}");
        var reformatted = TextContentHash.Of("{\n  \"risk\" : \"high-risk\",\n  \"id\" : \"ecg\"\n}");
        var edited = TextContentHash.Of("{\"id\":\"ecg\",\"risk\":\"minimal\"}");

        Assert.Equal(original, reformatted);
        Assert.NotEqual(original, edited);
        Assert.StartsWith("sha256:", original, StringComparison.Ordinal);
        Assert.Equal(71, original.Length);
    }

    private sealed class StringNode(string value) : IJsonNode
    {
        public JsonNodeKind Kind => JsonNodeKind.String;

        public string? StringValue => value;

        public string? NumberText => null;

        public IReadOnlyList<IJsonNode> Items => [];

        public IReadOnlyList<KeyValuePair<string, IJsonNode>> Members => [];

        public IJsonNode? Property(string name) => null;
    }
}
