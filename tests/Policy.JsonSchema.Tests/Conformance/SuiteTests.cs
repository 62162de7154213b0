using Xunit.Abstractions;

namespace Policy.JsonSchema.Tests.Conformance;

/// <summary>The official JSON Schema Test Suite, draft 2020-12: one theory case per file, plus the totals.</summary>
public sealed class SuiteTests(ITestOutputHelper output)
{
    public static TheoryData<string> Required() => new(SuiteRunner.RequiredFiles());

    public static TheoryData<string> Formats() => new(SuiteRunner.FormatFiles());

    [Theory]
    [MemberData(nameof(Required))]
    public void Required_file_passes(string file)
    {
        var failures = SuiteRunner.Run(file).Where(r => !r.Passed && !KnownFailures.Required.ContainsKey(r.Name)).ToList();
        foreach (var failure in failures)
        {
            output.WriteLine($"FAIL {failure.Name}: {failure.Problem}");
        }

        Assert.True(failures.Count == 0, $"{failures.Count} case(s) failed:\n" + string.Join("\n", failures.Select(f => $"{f.Name}: {f.Problem}")));
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void Supported_format_file_passes(string file)
    {
        var failures = SuiteRunner.Run(file).Where(r => !r.Passed).ToList();
        Assert.True(failures.Count == 0, $"{failures.Count} case(s) failed:\n" + string.Join("\n", failures.Select(f => $"{f.Name}: {f.Problem}")));
    }

    [Fact]
    public void Conformance_totals()
    {
        var required = SuiteRunner.RequiredFiles().SelectMany(SuiteRunner.Run).ToList();
        var formats = SuiteRunner.FormatFiles().SelectMany(SuiteRunner.Run).ToList();
        var other = SuiteRunner.OtherOptionalFiles().SelectMany(SuiteRunner.Run).ToList();
        Print($"conformance: {required.Count(r => r.Passed)}/{required.Count} (required, draft 2020-12)");
        Print($"conformance: {formats.Count(r => r.Passed)}/{formats.Count} (optional/format: {string.Join(", ", SuiteRunner.SupportedFormats)})");
        Print($"conformance: {other.Count(r => r.Passed)}/{other.Count} (other optional tests, for information)");
        foreach (var failure in other.Where(r => !r.Passed))
        {
            output.WriteLine($"optional FAIL {failure.Name}: {failure.Problem}");
        }

        var unexpected = required.Where(r => !r.Passed && !KnownFailures.Required.ContainsKey(r.Name)).ToList();
        Assert.True(unexpected.Count == 0, $"{unexpected.Count} required case(s) failed that are not documented exceptions");
        var stale = KnownFailures.Required.Keys.Where(k => required.Any(r => r.Name == k && r.Passed)).ToList();
        Assert.True(stale.Count == 0, "documented exceptions that now pass (remove them): " + string.Join("; ", stale));
    }

    private void Print(string line)
    {
        output.WriteLine(line);
        Console.WriteLine(line);
    }
}
