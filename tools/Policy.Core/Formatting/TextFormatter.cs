using System.Globalization;
using Policy.Core.Findings;
using Policy.Core.Validation;

namespace Policy.Core.Formatting;

/// <summary>
/// One line per finding in the MSBuild form <c>file(line,col): error RULE: message</c>, which editors
/// and CI problem matchers understand, then the related places, then a summary line.
/// </summary>
public sealed class TextFormatter : IReportFormatter
{
    public string Name => "text";

    public void Write(ValidationReport report, TextWriter writer)
    {
        foreach (var finding in report.Findings)
        {
            writer.Write(string.Create(CultureInfo.InvariantCulture, $"{finding.File}({finding.Line},{finding.Column}): {finding.Severity.ToName()} {finding.Rule}: {finding.Message}"));
            if (finding.Pointer.Length > 0)
            {
                writer.Write($" [{finding.Pointer}]");
            }

            writer.WriteLine();
            foreach (var related in finding.Related)
            {
                var at = related.Location;
                writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"    see {at.File}({at.Line},{at.Column}): {related.Message}"));
            }

            if (finding.SeverityJustification is { } why)
            {
                writer.WriteLine($"    severity set by the organisation: {why}");
            }
        }

        foreach (var applied in report.Overrides)
        {
            var at = applied.Override.DeclaredAt;
            writer.WriteLine(applied.Override.IsVoid
                ? string.Create(
                    CultureInfo.InvariantCulture,
                    $"{at.File}({at.Line},{at.Column}): severity override {applied.Override.Rule} -> {applied.SeverityName} NOT APPLIED: it has no justification, so {applied.Override.Rule} keeps its own severity (XR-GOV-04)")
                : string.Create(
                    CultureInfo.InvariantCulture,
                    $"{at.File}({at.Line},{at.Column}): severity override {applied.Override.Rule} -> {applied.SeverityName} ({applied.FindingsAffected} finding(s) {(applied.Override.Severity is null ? "not shown" : "changed")}): {applied.Override.Justification}"));
        }

        writer.WriteLine(Summary(report));
    }

    public static string Summary(ValidationReport report) => string.Create(
        CultureInfo.InvariantCulture,
        $"{Plural(report.Count(Severity.Error), "error")}, {Plural(report.Count(Severity.Warning), "warning")}, {Plural(report.Count(Severity.Note), "note")} in {Plural(report.FilesChecked, "file")} ({Plural(report.ArtefactsChecked, "artefact")} checked)");

    private static string Plural(int count, string noun) => string.Create(CultureInfo.InvariantCulture, $"{count} {noun}{(count == 1 ? string.Empty : "s")}");
}
