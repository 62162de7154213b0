using Policy.Core.Catalog;
using Policy.Core.Findings;

namespace Policy.Core.Validation;

/// <summary>What a validation run found, in deterministic order, with the counts a summary shows.</summary>
public sealed class ValidationReport
{
    public ValidationReport(IEnumerable<Finding> findings, int filesChecked, int artefactsChecked, RuleCatalog rules)
    {
        var sorted = findings.ToList();
        sorted.Sort(FindingOrder.Instance);
        Findings = sorted;
        FilesChecked = filesChecked;
        ArtefactsChecked = artefactsChecked;
        Rules = rules;
    }

    public IReadOnlyList<Finding> Findings { get; }

    public int FilesChecked { get; }

    public int ArtefactsChecked { get; }

    /// <summary>The rules that could have fired (SARIF lists them as the tool's rules).</summary>
    public RuleCatalog Rules { get; }

    /// <summary>The organisation's severity overrides in force, with their justification, and the void ones that are not applied (every format shows both).</summary>
    public IReadOnlyList<AppliedOverride> Overrides { get; init; } = [];

    public int Count(Severity severity) => Findings.Count(f => f.Severity == severity);

    /// <summary>True when any finding is at or above <paramref name="threshold"/>.</summary>
    public bool HasFindingsAtOrAbove(Severity threshold) => Findings.Any(f => f.Severity >= threshold);
}
