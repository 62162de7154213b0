using Policy.Approvals;
using Policy.Core.Model;
using Policy.Core.Rules.Approvals;
using Policy.Core.Rules.Configuration;

namespace Policy.Core.Rules;

/// <summary>
/// Whether the organisation's Governance artefact is in force. It sets the approval matrix, the
/// thresholds and the severity overrides every other rule applies, so it counts only once approved
/// (by the shipped Governance row plus its own, which can only add requirements); until then the
/// shipped defaults apply and XR-GOV-01 says why.
/// </summary>
public sealed record GovernanceState(Artefact? Governance, ApprovalStatus? Status)
{
    public bool Applied => Status?.IsApproved == true;

    /// <summary>The settings a run applies, and the Governance state they come from.</summary>
    public static (RuleSettings Settings, GovernanceState State) Resolve(PolicyRepository repository, DateTime today)
    {
        var governance = repository.Governance;
        if (governance is null || ApprovalFacts.Target(governance) is not { } target)
        {
            return (RuleSettings.Defaults, new GovernanceState(governance, null));
        }

        var ownRows = RuleSettings.FromGovernance(governance).ApprovalMatrix;
        var approvals = repository.OfKind(ArtefactKinds.Approval).Select(ApprovalFacts.Record).OfType<ApprovalRecord>()
            .Where(r => r.TargetKind == governance.Kind && r.TargetId == governance.Id);
        var status = ApprovalEvaluator.Evaluate(
            target,
            approvals,
            ApprovalMatrixDefaults.ForGovernance(ownRows),
            today,
            RulesConfiguration.Defaults.ApprovalGraceAfterReviewDue.Approximate);
        return (status.IsApproved ? RuleSettings.FromGovernance(governance) : RuleSettings.Defaults, new GovernanceState(governance, status));
    }
}
