using Policy.Approvals;
using Policy.Core.Model;

namespace Policy.Core.Rules.Approvals;

/// <summary>
/// "Is this artefact approved?" for every artefact, decided once per run by the shared approval rule
/// ("Approved" in docs/format.md). Rules that need an approved artefact ask here.
/// </summary>
public sealed class ApprovalStatusIndex
{
    private readonly Dictionary<Artefact, ApprovalStatus> statuses = [];
    private readonly Dictionary<string, Artefact> approvalFiles = new(StringComparer.Ordinal);

    public ApprovalStatusIndex(PolicyRepository repository, RuleSettings settings, DateTime today)
    {
        var records = new List<ApprovalRecord>();
        foreach (var approval in repository.OfKind(ArtefactKinds.Approval))
        {
            if (ApprovalFacts.Record(approval) is { } record && approvalFiles.TryAdd(record.Id, approval))
            {
                records.Add(record);
            }
        }

        var byTarget = records.ToLookup(r => (r.TargetKind, r.TargetId));
        foreach (var target in repository.Artefacts.Where(a => a.Kind != ArtefactKinds.Approval))
        {
            if (ApprovalFacts.Target(target) is { } facts)
            {
                statuses[target] = ApprovalEvaluator.Evaluate(facts, byTarget[(target.Kind, target.Id)], settings.ApprovalMatrix, today, settings.ApprovalGrace);
            }
        }
    }

    /// <summary>The shared rule's verdict; null for Approvals and for artefacts without a content hash.</summary>
    public ApprovalStatus? StatusOf(Artefact artefact) => statuses.GetValueOrDefault(artefact);

    public bool IsApproved(Artefact? artefact) => artefact is not null && StatusOf(artefact)?.IsApproved == true;

    /// <summary>The Approval artefact with this id, if it loaded.</summary>
    public Artefact? ApprovalFile(string approvalId) => approvalFiles.GetValueOrDefault(approvalId);

    /// <summary>Targets that at least one Approval names, with the verdict.</summary>
    public IEnumerable<(Artefact Target, ApprovalStatus Status)> Named() =>
        statuses.Where(s => s.Value.Approval is not null).Select(s => (s.Key, s.Value));
}
