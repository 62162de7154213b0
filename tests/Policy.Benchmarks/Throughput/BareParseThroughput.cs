using System.Text.Json;

namespace Policy.Benchmarks.Throughput;

/// <summary>
/// `parse --dir DIR [--iterations 5]`: the floor `policy validate` is compared with, a plain
/// System.Text.Json parse of every file (JsonDocument.Parse, then dispose), on one thread and with
/// the validator's parallelism (Parallel.For over ProcessorCount), from bytes already in memory and
/// including File.ReadAllBytes.
/// </summary>
public static class BareParseThroughput
{
    public static int Run(Arguments arguments)
    {
        var files = Timing.JsonFiles(arguments.Text("dir"));
        var iterations = arguments.Number("iterations", 5);
        var bytes = files.Select(File.ReadAllBytes).ToArray();
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount };
        Console.WriteLine($"{files.Count} files, {bytes.Sum(b => (long)b.Length) / 1_000_000.0:F1} MB, {Environment.ProcessorCount} cores, median of {iterations}");

        Console.WriteLine(Timing.Line("JsonDocument.Parse, 1 thread, bytes in memory", Timing.Median(iterations, () =>
        {
            foreach (var b in bytes)
            {
                Parse(b);
            }
        }), files.Count));
        Console.WriteLine(Timing.Line($"JsonDocument.Parse, {parallel.MaxDegreeOfParallelism} threads, bytes in memory", Timing.Median(iterations, () =>
            Parallel.For(0, bytes.Length, parallel, i => Parse(bytes[i]))), files.Count));
        Console.WriteLine(Timing.Line("read + JsonDocument.Parse, 1 thread", Timing.Median(iterations, () =>
        {
            foreach (var file in files)
            {
                Parse(File.ReadAllBytes(file));
            }
        }), files.Count));
        Console.WriteLine(Timing.Line($"read + JsonDocument.Parse, {parallel.MaxDegreeOfParallelism} threads", Timing.Median(iterations, () =>
            Parallel.For(0, files.Count, parallel, i => Parse(File.ReadAllBytes(files[i])))), files.Count));
        return 0;
    }

    private static void Parse(byte[] utf8)
    {
        using var document = JsonDocument.Parse(utf8);
        if (document.RootElement.ValueKind == JsonValueKind.Undefined)
        {
            throw new InvalidOperationException("unreachable: keeps the parse observable");
        }
    }
}
