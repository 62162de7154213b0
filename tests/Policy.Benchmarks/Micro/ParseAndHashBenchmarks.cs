using System.Text;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Policy.Hashing;
using Policy.JsonSchema;

namespace Policy.Benchmarks.Micro;

/// <summary>One SystemCard: the strict parse beside a bare JsonDocument.Parse, and the content hash (RFC 8785 + SHA-256) beside its parts.</summary>
[MemoryDiagnoser]
public class ParseAndHashBenchmarks
{
    private byte[] utf8 = [];
    private string text = string.Empty;

    [GlobalSetup]
    public void Setup()
    {
        utf8 = File.ReadAllBytes(ExampleFiles.SystemCard);
        text = Encoding.UTF8.GetString(utf8);
    }

    [Benchmark(Baseline = true)]
    public JsonValueKind BareParse()
    {
        using var document = JsonDocument.Parse(utf8);
        return document.RootElement.ValueKind;
    }

    [Benchmark]
    public JsonValueKind StrictParse()
    {
        using var document = JsonSourceDocument.Parse(utf8);
        return document.Root.ValueKind;
    }

    [Benchmark]
    public string ContentHashOfFile() => ContentHash.Compute(Encoding.UTF8.GetString(utf8));

    [Benchmark]
    public string CanonicalizeOnly() => JsonCanonicalizer.Canonicalize(text);
}
