using Policy.Core.Model;
using Policy.Kernel.Approvals;
using Policy.Kernel.Governance;

namespace Policy.Core.Rules;

/// <summary>
/// Whether the organisation's Governance artefact is in force, as the kernel's <see cref="GovernanceGate"/>
/// decides: it sets the approval matrix, the thresholds and the severity overrides every other rule
/// applies, so it counts only once approved; until then the shipped defaults apply and XR-GOV-01 says why.
/// </summary>
public sealed record GovernanceState(Artefact? Governance, ApprovalStatus? Status)
{
    public bool Applied => Status?.IsApproved == true;

    public static GovernanceState From(GovernanceGate gate) => new(gate.Governance as Artefact, gate.Status);
}
