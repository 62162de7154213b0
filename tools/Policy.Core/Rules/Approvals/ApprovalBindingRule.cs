using Policy.Core.Catalog;
using Policy.Kernel.Approvals;
using Policy.Kernel.Json;
using Policy.Core.Findings;
using Policy.Core.Model;

namespace Policy.Core.Rules.Approvals;

/// <summary>
/// XR-APP-01..10: why an approval that names an artefact does not count (or, for conditions, what is
/// owed). The verdict is the shared approval rule's; this class only places and words the findings.
/// An artefact that no Approval names gets nothing here: the rules that require approval say so.
/// Each finding reads the target, the Approvals naming it and the Governance; the repository-wide
/// count of unsigned entries (XR-APP-11) is <see cref="UnsignedApprovalsRule"/>'s.
/// </summary>
public sealed class ApprovalBindingRule : IRepositoryRule
{
    private const string Family = "approvals";

    public static RuleDescriptor Stale { get; } = new(
        "XR-APP-01", Family, Severity.Error,
        "An approval counts only if its target.sha256 equals the target's current content hash; an edited artefact must be approved again.",
        "docs/format.md (Content hash, Approved); CHAI/CycloneDX signature model");

    public static RuleDescriptor Roles { get; } = new(
        "XR-APP-02", Family, Severity.Error,
        "The approvers hold every role the approval matrix requires for the target's kind and risk class.",
        "CNIL/HAS guide (governance roles); GDPR Art. 35(2); CNIL PIA validator role");

    public static RuleDescriptor SelfApproval { get; } = new(
        "XR-APP-03", Family, Severity.Error,
        "No approver is the target's owner (four-eyes rule).",
        "CNIL PIA author / evaluator / validator separation");

    public static RuleDescriptor Validity { get; } = new(
        "XR-APP-04", Family, Severity.Error,
        "An approval is in force from validFrom to the earlier of validUntil and the target's reviewDue plus the grace; once the review is overdue beyond the grace, the approval lapses.",
        "docs/format.md (Approved); GDPR Art. 35(11)");

    public static RuleDescriptor Conditions { get; } = new(
        "XR-APP-05", Family, Severity.Warning,
        "Each condition of an approved-with-conditions decision is met by its due date, or the target is approved again.",
        "CNIL PIA validation (PIA_VAL_RT: conditional validation)");

    public static RuleDescriptor DpiaValidation { get; } = new(
        "XR-APP-06", Family, Severity.Error,
        "A Dpia approval carries the four validation attestations and follows a recorded DPO opinion.",
        "CNIL PIA validation page; GDPR Art. 35(2)");

    public static RuleDescriptor RoleHolder { get; } = new(
        "XR-APP-07", Family, Severity.Error,
        "An approver counts for a role only when their name and e-mail are those of the role's holder or deputy in the approved Governance (for the Governance itself, in the version it replaces).",
        "CNIL/HAS guide (governance roles); docs/approvals.md (Who may approve)");

    public static RuleDescriptor Unsigned { get; } = new(
        "XR-APP-08", Family, Severity.Error,
        "Where the Governance sets policies.approvalSignatures to required, every approver signs their entry.",
        "docs/approvals.md (Signing)");

    public static RuleDescriptor SignatureContent { get; } = new(
        "XR-APP-09", Family, Severity.Error,
        "An approver's signature verifies over their entry of the Approval as it stands; one made over other content does not count.",
        "docs/approvals.md (Signing)");

    public static RuleDescriptor SignatureKey { get; } = new(
        "XR-APP-10", Family, Severity.Error,
        "An approver's signature is made with one of the keys the judging Governance lists for that person; a key counts only once a Governance carrying it is approved by the holders it replaces.",
        "docs/approvals.md (Changing holders or keys)");

    public IReadOnlyList<RuleDescriptor> Descriptors { get; } = [Stale, Roles, SelfApproval, Validity, Conditions, DpiaValidation, RoleHolder, Unsigned, SignatureContent, SignatureKey];

    public void Check(RuleContext context)
    {
        foreach (var (target, status) in context.Approvals.Named())
        {
            foreach (var problem in status.Problems)
            {
                var approvalFile = problem.Approval is { } record ? context.Approvals.ApprovalFile(record.Id) : null;
                if (approvalFile is not null)
                {
                    Report(context, target, approvalFile, problem);
                }
            }
        }
    }

    /// <summary>Where the artefact first differs from the version the approval carried, when Git history has that version.</summary>
    private static string? FirstChange(RuleContext context, Artefact target, string approvedHash)
    {
        using var approved = context.ApprovedVersions?.Find(target.File, approvedHash);
        return approved is null ? null : History.JsonChanges.FirstDifference(approved.RootElement, target.Root);
    }

    private void Report(RuleContext context, Artefact target, Artefact approval, ApprovalProblem problem)
    {
        var onTarget = new RelatedLocation(target.At(string.Empty), $"the approved {target.Kind}");
        var onApproval = (string pointer, string why) => new RelatedLocation(approval.At(pointer), why);
        var approver = problem.ApproverIndex is { } index ? $"/approvers/{index}" : "/approvers";
        var onGovernance = context.Approvals.Governance.Governance is Artefact governance ? new RelatedLocation(governance.At("/roles"), "the role holders") : null;
        RelatedLocation[] governanceOnly = onGovernance is null ? [] : [onGovernance];
        switch (problem.Kind)
        {
            case ApprovalProblemKind.StaleHash:
                var changed = FirstChange(context, target, problem.Approval!.TargetSha256);
                context.Report(
                    Stale,
                    target.At(changed ?? string.Empty),
                    $"approval stale: {problem.Message}{(changed is null ? string.Empty : $" The first change since the approved version is at {(changed.Length == 0 ? "the top level" : changed)}.")} {(target.Version is not null && target.Version == problem.Approval.TargetVersion ? "Bump `version`, then record" : "Record")} a new Approval with target.sha256 {target.ContentHash} (`policy hash {target.File}`).",
                    onApproval("/target/sha256", "the hash this approval was given for"));
                break;
            case ApprovalProblemKind.MissingRole or ApprovalProblemKind.TooFewApprovers:
                context.Report(Roles, approval.At("/approvers"), problem.Message, onTarget);
                break;
            case ApprovalProblemKind.SamePersonSeveralRoles:
                context.Report(Roles, approval.At(approver), problem.Message, onTarget);
                break;
            case ApprovalProblemKind.SelfApproval:
                context.Report(SelfApproval, approval.At(approver), problem.Message, new RelatedLocation(target.At("/owner"), "the target's owner"));
                break;
            case ApprovalProblemKind.Expired:
                context.Report(Validity, approval.At("/validUntil"), problem.Message, new RelatedLocation(target.At("/reviewDue"), "the target's next review"));
                break;
            case ApprovalProblemKind.ReviewOverdue:
                context.Report(Validity, approval.At("/target"), problem.Message, new RelatedLocation(target.At("/reviewDue"), "the review that is overdue"));
                break;
            case ApprovalProblemKind.NotYetValid:
                context.Report(Validity, approval.At("/validFrom"), problem.Message, onTarget);
                break;
            case ApprovalProblemKind.ConditionOverdue:
                context.Report(Conditions, approval.At("/conditions"), problem.Message, onTarget);
                break;
            case ApprovalProblemKind.MissingAttestation:
                context.Report(DpiaValidation, approval.At("/attestations"), problem.Message, onTarget);
                break;
            case ApprovalProblemKind.DpoOpinionMissingOrLate:
                context.Report(DpiaValidation, approval.At("/approvers"), problem.Message, new RelatedLocation(target.At("/dpoOpinion"), "the DPO's opinion"));
                break;
            case ApprovalProblemKind.NotRoleHolder:
                context.Report(RoleHolder, approval.At(approver), problem.Message, governanceOnly);
                break;
            case ApprovalProblemKind.Unsigned:
                context.Report(Unsigned, approval.At(approver), problem.Message, governanceOnly);
                break;
            case ApprovalProblemKind.SignatureInvalid:
                context.Report(SignatureContent, approval.At(approver + "/" + ApprovalSignatures.Member), problem.Message, onTarget);
                break;
            case ApprovalProblemKind.SignatureKeyNotListed:
                context.Report(SignatureKey, approval.At(approver + "/" + ApprovalSignatures.Member), problem.Message, governanceOnly);
                break;
            default:
                // Rejected: the artefact is simply not approved; rules that need approval report that.
                break;
        }
    }
}
