using Policy.Kernel.Approvals;
using Policy.Core.Model;

namespace Policy.Core.Rules.Approvals;

/// <summary>
/// Whether XR-APP-01..06 already explain why an artefact is not approved (an Approval names it but is stale,
/// expired, lacks a role…). Rules that require an approved artefact then stay quiet, so one cause gives one finding.
/// </summary>
public static class ApprovalExplanations
{
    public static bool ExplainsWhyNotApproved(this ApprovalStatusIndex approvals, Artefact artefact) =>
        !approvals.IsApproved(artefact)
        && approvals.StatusOf(artefact)?.Problems.Any(p => p.VoidsApproval && p.Approval is not null
            && p.Kind is not (ApprovalProblemKind.NoApproval or ApprovalProblemKind.Rejected)) == true;
}
