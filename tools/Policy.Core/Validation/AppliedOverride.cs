using Policy.Core.Findings;
using Policy.Core.Rules;

namespace Policy.Core.Validation;

/// <summary>A Governance severity override in force during a run, and how many findings it changed or hid; or a void one (<see cref="SeverityOverride.IsVoid"/>), which changed none.</summary>
public sealed record AppliedOverride(SeverityOverride Override, int FindingsAffected)
{
    /// <summary>"off", or the new severity's name.</summary>
    public string SeverityName => Override.Severity?.ToName() ?? "off";
}
