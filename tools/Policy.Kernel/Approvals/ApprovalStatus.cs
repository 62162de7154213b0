using System.Collections.Generic;

namespace Policy.Kernel.Approvals
{
    /// <summary>Why an approval does not count (or, for <see cref="ConditionOverdue"/>, what is owed).</summary>
    public enum ApprovalProblemKind
    {
        /// <summary>No Approval names the target.</summary>
        NoApproval,

        /// <summary>XR-APP-01: the approval's hash is not the target's current content hash.</summary>
        StaleHash,

        /// <summary>The decision is <c>rejected</c>.</summary>
        Rejected,

        /// <summary>XR-APP-02: a role the approval matrix requires has not approved.</summary>
        MissingRole,

        /// <summary>XR-APP-02: fewer approvers than the matrix requires.</summary>
        TooFewApprovers,

        /// <summary>XR-APP-02: one person fills several required roles where the matrix wants a different person for each.</summary>
        SamePersonSeveralRoles,

        /// <summary>XR-APP-03: an approver is the target's owner.</summary>
        SelfApproval,

        /// <summary>XR-APP-04: <c>validUntil</c> is past.</summary>
        Expired,

        /// <summary>XR-APP-04: the target's <c>reviewDue</c> plus the grace is past, so the approval lapsed before its <c>validUntil</c>.</summary>
        ReviewOverdue,

        /// <summary>XR-APP-04: <c>validFrom</c> is in the future.</summary>
        NotYetValid,

        /// <summary>XR-APP-05: a condition of an approved-with-conditions decision is past due. Does not void the approval.</summary>
        ConditionOverdue,

        /// <summary>XR-APP-06: a Dpia approval lacks one of the four attestations.</summary>
        MissingAttestation,

        /// <summary>XR-APP-06: the Dpia has no DPO opinion, or it is dated after a decision.</summary>
        DpoOpinionMissingOrLate,

        /// <summary>XR-APP-07: the approver is not the holder or deputy of their role in the Governance that judges the approval.</summary>
        NotRoleHolder,

        /// <summary>XR-APP-08: signatures are required and this approver's entry is unsigned.</summary>
        Unsigned,

        /// <summary>XR-APP-09: the signature does not verify over this approver's entry (made over other content).</summary>
        SignatureInvalid,

        /// <summary>XR-APP-10: the signature verifies, but with a key the Governance does not list for this person.</summary>
        SignatureKeyNotListed,
    }

    public sealed class ApprovalProblem
    {
        public ApprovalProblem(ApprovalProblemKind kind, string message, ApprovalRecord? approval)
        {
            Kind = kind;
            Message = message;
            Approval = approval;
        }

        public ApprovalProblemKind Kind { get; }

        /// <summary>A sentence for a person, naming the approval and what to do.</summary>
        public string Message { get; }

        public ApprovalRecord? Approval { get; }

        /// <summary>The approver entry the problem is about (its index in <c>approvers</c>), when it is about one.</summary>
        public int? ApproverIndex { get; set; }

        /// <summary>False only for problems that leave the approval standing (overdue conditions).</summary>
        public bool VoidsApproval => Kind != ApprovalProblemKind.ConditionOverdue;
    }

    public sealed class ApprovalStatus
    {
        public ApprovalStatus(bool isApproved, ApprovalRecord? approval, IReadOnlyList<ApprovalProblem> problems)
        {
            IsApproved = isApproved;
            Approval = approval;
            Problems = problems;
        }

        public bool IsApproved { get; }

        /// <summary>The approval that counts when approved; otherwise the most recent one examined, if any.</summary>
        public ApprovalRecord? Approval { get; }

        /// <summary>When approved, only non-voiding problems; otherwise the problems of the most recent approval.</summary>
        public IReadOnlyList<ApprovalProblem> Problems { get; }
    }
}
