using Policy.Core.Validation;

namespace Policy.Core.Formatting;

/// <summary>Writes a validation report in one output format (`--format NAME`).</summary>
public interface IReportFormatter
{
    /// <summary>The name used with `--format`.</summary>
    string Name { get; }

    void Write(ValidationReport report, TextWriter writer);
}
