using Policy.Core.Findings;
using Policy.Core.Validation;

namespace Policy.Core.Tests.Fixtures;

public static class ReportAssertions
{
    /// <summary>The single finding of a rule; fails listing every finding otherwise.</summary>
    public static Finding Single(this ValidationReport report, string rule)
    {
        var matching = report.Findings.Where(f => f.Rule == rule).ToList();
        Assert.True(matching.Count == 1, $"expected one {rule} finding, got {matching.Count}:\n{Describe(report)}");
        return matching[0];
    }

    public static void None(this ValidationReport report, string rule) =>
        Assert.True(report.Findings.All(f => f.Rule != rule), $"expected no {rule} finding:\n{Describe(report)}");

    public static void Clean(this ValidationReport report) =>
        Assert.True(report.Findings.Count == 0, $"expected no findings:\n{Describe(report)}");

    public static string Describe(ValidationReport report) =>
        string.Join("\n", report.Findings.Select(f => $"{f.File}({f.Line},{f.Column}) {f.Severity} {f.Rule} {f.Pointer}: {f.Message}"));
}
