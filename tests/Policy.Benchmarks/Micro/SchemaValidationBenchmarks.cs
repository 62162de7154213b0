using BenchmarkDotNet.Attributes;
using Policy.JsonSchema;

namespace Policy.Benchmarks.Micro;

/// <summary>One SystemCard against its compiled schema: the fast path (IsValid) and the full result (Validate, which runs IsValid first).</summary>
[MemoryDiagnoser]
public class SchemaValidationBenchmarks
{
    private Schema schema = null!;
    private JsonSourceDocument document = null!;

    [GlobalSetup]
    public void Setup()
    {
        schema = ExampleFiles.Schemas().ForKind("SystemCard")!.Schema;
        document = JsonSourceDocument.Parse(File.ReadAllBytes(ExampleFiles.SystemCard));
        if (!schema.IsValid(document.Root))
        {
            throw new InvalidOperationException("the example SystemCard must be valid for this benchmark to measure the common case");
        }
    }

    [GlobalCleanup]
    public void Cleanup() => document.Dispose();

    [Benchmark]
    public bool IsValid() => schema.IsValid(document.Root);

    [Benchmark]
    public int Validate() => schema.Validate(document.Root).Errors.Count;
}
