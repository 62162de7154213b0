using System.Diagnostics;
using System.Globalization;

namespace Policy.Benchmarks.Throughput;

/// <summary>Runs an action once to warm up, then N times, and reports the median (less sensitive than the mean to the other work on a shared machine).</summary>
public static class Timing
{
    public static TimeSpan Median(int iterations, Action action)
    {
        action();
        var times = new List<TimeSpan>();
        for (var i = 0; i < iterations; i++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            var clock = Stopwatch.StartNew();
            action();
            times.Add(clock.Elapsed);
        }

        times.Sort();
        return times[times.Count / 2];
    }

    public static string Line(string what, TimeSpan time, int documents) =>
        string.Create(CultureInfo.InvariantCulture, $"{what,-52} {time.TotalMilliseconds,9:F1} ms {documents / time.TotalSeconds,10:N0} docs/s");

    public static IReadOnlyList<string> JsonFiles(string folder) =>
        Directory.EnumerateFiles(folder, "*.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
}
