using Policy.Core.Findings;
using Policy.Core.Model;
using Policy.Core.Rules.Configuration;
using Policy.Kernel.Approvals;
using Policy.Kernel.Governance;

namespace Policy.Core.Rules;

/// <summary>
/// The organisation's choices the rules apply: its approval matrix, its thresholds and legal dates
/// (<see cref="Policies"/>), and its severity overrides. Read from the Governance artefact only when
/// the kernel's gate says it is in force, with the shipped defaults where it is silent.
/// </summary>
public sealed class RuleSettings
{
    public static RuleSettings Defaults { get; } = new(ApprovalMatrixDefaults.Entries, RulesConfiguration.Defaults, new Dictionary<string, SeverityOverride>());

    public RuleSettings(IReadOnlyList<ApprovalMatrixEntry> approvalMatrix, RulesConfiguration policies, IReadOnlyDictionary<string, SeverityOverride> severityOverrides, IReadOnlyList<SeverityOverride>? voidOverrides = null)
    {
        ApprovalMatrix = approvalMatrix;
        Policies = policies;
        SeverityOverrides = severityOverrides;
        VoidOverrides = voidOverrides ?? [];
    }

    public IReadOnlyList<ApprovalMatrixEntry> ApprovalMatrix { get; }

    /// <summary>Thresholds and legal dates: the shipped defaults under the Governance <c>policies</c>.</summary>
    public RulesConfiguration Policies { get; }

    /// <summary>By rule id.</summary>
    public IReadOnlyDictionary<string, SeverityOverride> SeverityOverrides { get; }

    /// <summary>Overrides with an empty or blank justification: not applied, and reported as such (XR-GOV-04).</summary>
    public IReadOnlyList<SeverityOverride> VoidOverrides { get; }

    /// <summary>The settings of the Governance in force; the defaults when there is none or it is not approved.</summary>
    public static RuleSettings From(GovernanceGate gate)
    {
        if (!gate.InForce || gate.Governance is not Artefact governance)
        {
            return Defaults;
        }

        var root = governance.Root;
        var policies = RulesConfiguration.From(root.Property("policies"));
        var (overrides, voids) = SeverityOverrideEntries.Read(governance);
        return new RuleSettings(gate.Matrix, policies, overrides, voids);
    }
}

/// <summary>A Governance <c>severityOverrides</c> entry: a rule's new severity (null = off) and why.</summary>
public sealed record SeverityOverride(string Rule, Severity? Severity, string Justification, SourceLocation DeclaredAt)
{
    /// <summary>True when nobody said why (empty or blank justification): the override is not applied (XR-GOV-04).</summary>
    public bool IsVoid => string.IsNullOrWhiteSpace(Justification);
}
