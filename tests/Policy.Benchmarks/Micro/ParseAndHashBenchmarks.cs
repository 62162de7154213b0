using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Policy.Core.Model;
using Policy.JsonSchema;

namespace Policy.Benchmarks.Micro;

/// <summary>One SystemCard: the strict parse beside a bare JsonDocument.Parse, and the content hash (RFC 8785 + SHA-256) beside its parts.</summary>
[MemoryDiagnoser]
public class ParseAndHashBenchmarks
{
    private byte[] utf8 = [];
    private JsonDocument parsed = null!;

    [GlobalSetup]
    public void Setup()
    {
        utf8 = File.ReadAllBytes(ExampleFiles.SystemCard);
        parsed = JsonDocument.Parse(utf8);
    }

    [GlobalCleanup]
    public void Cleanup() => parsed.Dispose();

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

    /// <summary>What the CLI does per file: the hash from the document it already parsed.</summary>
    [Benchmark]
    public string ContentHashOfParsedFile() => ElementSource.Hash(parsed.RootElement);

    [Benchmark]
    public string CanonicalizeOnly() => ElementSource.Canonicalize(parsed.RootElement);
}
