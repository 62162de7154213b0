using Policy.Core.Findings;
using Policy.Core.Rules;

namespace Policy.Core.Validation;

/// <summary>
/// Applies the organisation's severity overrides (Governance <c>severityOverrides</c>): raise, lower or
/// turn off a rule. Every override in force is returned with how many findings it changed, so the
/// report shows it and its justification even when it hid findings; a void override (no justification)
/// changes nothing and is returned too, with no finding affected, so every report says it is not applied.
/// </summary>
public static class SeverityOverrides
{
    public static (IReadOnlyList<Finding> Findings, IReadOnlyList<AppliedOverride> Applied) Apply(IEnumerable<Finding> findings, RuleSettings settings)
    {
        var kept = new List<Finding>();
        var affected = settings.SeverityOverrides.Keys.ToDictionary(rule => rule, _ => 0, StringComparer.Ordinal);
        foreach (var finding in findings)
        {
            if (!settings.SeverityOverrides.TryGetValue(finding.Rule, out var change))
            {
                kept.Add(finding);
                continue;
            }

            affected[finding.Rule]++;
            if (change.Severity is { } severity)
            {
                kept.Add(finding with { Severity = severity, SeverityJustification = change.Justification });
            }
        }

        var applied = settings.SeverityOverrides.Values
            .Select(o => new AppliedOverride(o, affected[o.Rule]))
            .Concat(settings.VoidOverrides.Select(o => new AppliedOverride(o, 0)))
            .OrderBy(o => o.Override.Rule, StringComparer.Ordinal)
            .ThenBy(o => o.Override.IsVoid)
            .ToList();
        return (kept, applied);
    }
}
