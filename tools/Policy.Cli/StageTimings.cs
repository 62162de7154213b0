using System.Diagnostics;
using System.Globalization;
using System.Runtime;

namespace Policy.Cli;

/// <summary>
/// An opt-in trace of where a run's time goes (<c>POLICY_TIMINGS=1</c>): for each stage its wall time, the
/// methods the JIT compiled in it and the time that took, garbage collections and bytes allocated; then
/// the time from process start to the first line of Main and the peak working set. It writes to standard
/// error only, so no report changes. Off, every call does nothing.
/// </summary>
public sealed class StageTimings
{
    public const string Variable = "POLICY_TIMINGS";

    private readonly TextWriter? error;
    private long stageStart = Stopwatch.GetTimestamp();
    private long compiledMethods = JitInfo.GetCompiledMethodCount();
    private TimeSpan jitTime = JitInfo.GetCompilationTime();
    private long allocated = GC.GetTotalAllocatedBytes();
    private int collections = GC.CollectionCount(0);

    private StageTimings(TextWriter? error) => this.error = error;

    public static StageTimings Off { get; } = new(null);

    /// <summary>A trace to the environment's error writer when <c>POLICY_TIMINGS=1</c>, else <see cref="Off"/>.</summary>
    public static StageTimings For(CliEnvironment environment)
    {
        if (environment.GetVariable(Variable) != "1")
        {
            return Off;
        }

        var timings = new StageTimings(environment.Error);
        using var process = Process.GetCurrentProcess();
        timings.Line(string.Create(CultureInfo.InvariantCulture, $"runtime start to Main {(DateTime.Now - process.StartTime).TotalMilliseconds:F0} ms (process clock, 10 ms steps)"));
        return timings;
    }

    /// <summary>Ends the stage that began at the previous mark (or at creation) and reports it.</summary>
    public void Mark(string stage)
    {
        if (error is null)
        {
            return;
        }

        var now = Stopwatch.GetTimestamp();
        var methods = JitInfo.GetCompiledMethodCount();
        var jit = JitInfo.GetCompilationTime();
        var bytes = GC.GetTotalAllocatedBytes();
        var gcs = GC.CollectionCount(0);
        Line(string.Create(
            CultureInfo.InvariantCulture,
            $"{stage,-22} {Stopwatch.GetElapsedTime(stageStart, now).TotalMilliseconds,7:F1} ms | JIT {methods - compiledMethods,5} methods {(jit - jitTime).TotalMilliseconds,6:F1} ms | {gcs - collections,3} GCs | {(bytes - allocated) / 1048576.0,7:F1} MiB allocated"));
        (stageStart, compiledMethods, jitTime, allocated, collections) = (Stopwatch.GetTimestamp(), methods, jit, bytes, gcs);
    }

    /// <summary>The totals of the run: JIT, garbage collection, memory.</summary>
    public void Finish()
    {
        if (error is null)
        {
            return;
        }

        using var process = Process.GetCurrentProcess();
        Line(string.Create(
            CultureInfo.InvariantCulture,
            $"total JIT {JitInfo.GetCompiledMethodCount()} methods {JitInfo.GetCompilationTime().TotalMilliseconds:F0} ms | GCs {GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)} (gen 0/1/2), pauses {GC.GetTotalPauseDuration().TotalMilliseconds:F0} ms | heap {GC.GetTotalMemory(false) / 1048576.0:F1} MiB | peak working set {process.PeakWorkingSet64 / 1048576.0:F0} MiB"));
    }

    private void Line(string text) => error!.WriteLine("policy timings: " + text);
}
