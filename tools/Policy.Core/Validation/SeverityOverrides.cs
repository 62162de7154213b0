using Policy.Core.Findings;
using Policy.Core.Rules;

namespace Policy.Core.Validation;

/// <summary>Applies the organisation's severity overrides (Governance <c>severityOverrides</c>): raise, lower or turn off a rule, with the justification carried into every report.</summary>
public static class SeverityOverrides
{
    public static IEnumerable<Finding> Apply(IEnumerable<Finding> findings, RuleSettings settings)
    {
        foreach (var finding in findings)
        {
            if (!settings.SeverityOverrides.TryGetValue(finding.Rule, out var change))
            {
                yield return finding;
            }
            else if (change.Severity is { } severity)
            {
                yield return finding with { Severity = severity, SeverityJustification = change.Justification };
            }
        }
    }
}
