using Policy.Core.Findings;
using Policy.Core.Model;

namespace Policy.Core.Rules;

/// <summary>
/// Reads a Governance artefact's <c>severityOverrides</c>: the overrides that apply (first one per rule),
/// and the void ones, whose justification is empty or blank (XR-GOV-04). One reading for the settings
/// of the Governance in force and for the rule that reports void overrides whatever its approval.
/// </summary>
public static class SeverityOverrideEntries
{
    public static (IReadOnlyDictionary<string, SeverityOverride> Valid, IReadOnlyList<SeverityOverride> Void) Read(Artefact governance)
    {
        var valid = new Dictionary<string, SeverityOverride>(StringComparer.Ordinal);
        var voids = new List<SeverityOverride>();
        foreach (var (pointer, entry) in JsonSelect.Select(governance.Root, "/severityOverrides/*"))
        {
            var rule = entry.String("rule");
            var severityName = entry.String("severity");
            Severity? severity = SeverityNames.TryParse(severityName, out var parsed) ? parsed : null;
            if (rule is null || (severity is null && severityName != "off"))
            {
                continue; // the schema reports an override without a rule or a valid severity
            }

            // Nobody may change a rule's severity without saying why: a blank justification voids the override.
            var change = new SeverityOverride(rule, severity, entry.String("justification") ?? string.Empty, governance.At(pointer));
            if (change.IsVoid)
            {
                voids.Add(change);
            }
            else
            {
                valid.TryAdd(rule, change);
            }
        }

        return (valid, voids);
    }
}
