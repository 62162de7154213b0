using Policy.Kernel.Approvals;

namespace Policy.Core.Inventory;

/// <summary>
/// How the register shows the kernel's approval verdict on an artefact, in one word. The verdict itself is the
/// kernel's (<see cref="ApprovalRegister"/>); this only names it. Ordered from best to worst, so a column with
/// several artefacts shows the worst.
/// </summary>
public enum ApprovalState
{
    Approved,

    /// <summary>The approval's validity ended, or the review it depended on is overdue beyond the grace.</summary>
    Expired,

    /// <summary>The artefact changed since the approved version (its content hash differs).</summary>
    Stale,

    /// <summary>An approval exists but does not count: rejected, a role or approver missing, owner self-approval, not yet valid, DPIA attestations.</summary>
    Invalid,

    /// <summary>No artefact, or no approval names it.</summary>
    Missing,
}

public static class ApprovalStates
{
    public static ApprovalState Of(ApprovalStatus? status)
    {
        if (status is null)
        {
            return ApprovalState.Missing;
        }

        if (status.IsApproved)
        {
            return ApprovalState.Approved;
        }

        var kinds = status.Problems.Select(p => p.Kind).ToHashSet();
        return kinds.Contains(ApprovalProblemKind.StaleHash) ? ApprovalState.Stale
            : kinds.Contains(ApprovalProblemKind.Expired) || kinds.Contains(ApprovalProblemKind.ReviewOverdue) ? ApprovalState.Expired
            : status.Approval is null || kinds.Contains(ApprovalProblemKind.NoApproval) ? ApprovalState.Missing
            : ApprovalState.Invalid;
    }

    /// <summary>The lowercase word the formats write.</summary>
    public static string Name(this ApprovalState state) => state.ToString().ToLowerInvariant();
}

/// <summary>One artefact behind a register column, with its approval state.</summary>
public sealed record ArtefactApproval(string Kind, string Id, string File, ApprovalState State);
