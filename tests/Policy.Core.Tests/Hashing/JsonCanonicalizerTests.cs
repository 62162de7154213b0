using Policy.Hashing;

namespace Policy.Core.Tests.Hashing;

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

    [Theory]
    [MemberData(nameof(VectorNames))]
    public void Rfc8785_vector_canonicalises_to_the_expected_bytes(string name)
    {
        var input = File.ReadAllText(Path.Combine(TestPaths.JcsVectors, "input", name));
        var expected = File.ReadAllText(Path.Combine(TestPaths.JcsVectors, "output", name));

        Assert.Equal(expected, JsonCanonicalizer.Canonicalize(input));
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
        Assert.Equal(expected, JsonCanonicalizer.FormatNumber(BitConverter.UInt64BitsToDouble(bits)));
    }

    [Theory]
    [InlineData("{\"a\":1,\"a\":2}", "duplicate")]
    [InlineData("[1,]", "unexpected")]
    [InlineData("\"\\ud800\"", "surrogate")]
    [InlineData("1e400", "range")]
    [InlineData("{} x", "after")]
    public void Input_that_is_not_i_json_is_refused(string json, string reason)
    {
        var error = Assert.Throws<JsonCanonicalizationException>(() => JsonCanonicalizer.Canonicalize(json));
        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("[-0, 0, 7, -42, 100000000000000]", "[0,0,7,-42,100000000000000]")]
    [InlineData("[1234567890123456789, 1.50, 1e3]", "[1234567890123456800,1.5,1000]")]
    [InlineData("{\"b\": {\"z\": 1, \"a\": [ {\"y\": 2, \"x\": 3} ]}, \"a\": \"q\\\"\\u00e9\"}", "{\"a\":\"q\\\"é\",\"b\":{\"a\":[{\"x\":3,\"y\":2}],\"z\":1}}")]
    [InlineData("{\"a\": 1, \"b\": {\"c\": true, \"d\": null}}", "{\"a\":1,\"b\":{\"c\":true,\"d\":null}}")]
    public void Shortcuts_give_the_same_canonical_form(string json, string expected) =>
        Assert.Equal(expected, JsonCanonicalizer.Canonicalize(json));

    [Fact]
    public void Reformatting_keeps_the_hash_and_a_change_of_meaning_does_not()
    {
        var original = ContentHash.Compute("{\"id\":\"ecg\",\"risk\":\"high-risk\"}");
        var reformatted = ContentHash.Compute("{\n  \"risk\" : \"high-risk\",\n  \"id\" : \"ecg\"\n}");
        var edited = ContentHash.Compute("{\"id\":\"ecg\",\"risk\":\"minimal\"}");

        Assert.Equal(original, reformatted);
        Assert.NotEqual(original, edited);
        Assert.StartsWith("sha256:", original, StringComparison.Ordinal);
        Assert.Equal(71, original.Length);
    }
}
