using Policy.Core.Model;
using Policy.Core.Rules.Configuration;
using Policy.Kernel.Approvals;
using Policy.Kernel.Artefacts;
using Policy.Kernel.Hashing;

namespace Policy.Core.Diff;

/// <summary>
/// The approvals a change voids: an Approval of the older side bound its target's older content hash,
/// the target's content hash changed, and no Approval of the newer side binds the new one. The roles
/// that must approve again are the newer side's approval matrix for the new content (the kernel's
/// Governance gate decides which matrix applies).
/// </summary>
public static class InvalidatedApprovals
{
    public static IReadOnlyList<InvalidatedApproval> Find(
        IReadOnlyList<IArtefactView> olderApprovalsAndGovernance,
        IReadOnlyList<IArtefactView> newerApprovalsAndGovernance,
        IReadOnlyList<Artefact> olderChanged,
        IReadOnlyList<Artefact> newerChanged,
        DateTime today)
    {
        var newer = newerChanged.Where(a => a.Id.Length > 0).GroupBy(a => (a.Kind, a.Id)).ToDictionary(g => g.Key, g => g.First());
        var newerRecords = ByTarget(newerApprovalsAndGovernance);
        var olderRecords = ByTarget(olderApprovalsAndGovernance);
        var matrix = new ApprovalRegister(newerApprovalsAndGovernance, today, RulesConfiguration.Defaults.ApprovalGraceAfterReviewDue).Governance.Matrix;
        var result = new List<InvalidatedApproval>();
        foreach (var previous in olderChanged.OrderBy(a => a.File, StringComparer.Ordinal))
        {
            if (previous.Kind == ArtefactKinds.Approval
                || !newer.TryGetValue((previous.Kind, previous.Id), out var current)
                || ContentHash.AreEqual(previous.ContentHash, current.ContentHash)
                || ApprovalInputs.Target(current) is not { } target)
            {
                continue;
            }

            var reapproved = newerRecords[(current.Kind, current.Id)].Any(r => ContentHash.AreEqual(r.TargetSha256, current.ContentHash));
            if (reapproved)
            {
                continue;
            }

            foreach (var record in olderRecords[(previous.Kind, previous.Id)].Where(r => ContentHash.AreEqual(r.TargetSha256, previous.ContentHash)))
            {
                result.Add(new InvalidatedApproval(record.Id, current.Kind, current.Id, current.File, ApprovalMatrix.RequiredRoles(matrix, target)));
            }
        }

        return result;
    }

    /// <summary>The Approvals' records by the kind and id they name, each target's in file order (a lookup, not a scan per changed artefact).</summary>
    private static ILookup<(string Kind, string Id), ApprovalRecord> ByTarget(IEnumerable<IArtefactView> views) =>
        views.Where(v => v.Kind == ArtefactKinds.Approval)
            .Select(ApprovalInputs.Record)
            .OfType<ApprovalRecord>()
            .ToLookup(r => (r.TargetKind, r.TargetId));
}
