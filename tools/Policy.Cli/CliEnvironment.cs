namespace Policy.Cli;

/// <summary>
/// Everything the commands take from the outside world, in one place so tests can swap it: the
/// console, the working folder, today's date, environment variables and the schemas shipped with the tool.
/// </summary>
public sealed record CliEnvironment(
    TextWriter Out,
    TextWriter Error,
    string CurrentDirectory,
    Func<DateTime> Today,
    Func<string, string?> GetVariable,
    string ShippedSchemas)
{
    public static CliEnvironment System { get; } = new(
        Console.Out,
        Console.Error,
        Directory.GetCurrentDirectory(),
        () => DateTime.UtcNow.Date,
        Environment.GetEnvironmentVariable,
        Path.Combine(AppContext.BaseDirectory, "schemas"));

    /// <summary>The opt-in stage trace (<see cref="StageTimings"/>); off unless the run turned it on.</summary>
    public StageTimings Timings { get; init; } = StageTimings.Off;

    public string FullPath(string path) => Path.GetFullPath(path, CurrentDirectory);
}
