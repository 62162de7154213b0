using System.Collections.Concurrent;
using Policy.Core.Model;
using Policy.Kernel.Approvals;
using Policy.Kernel.Json;

namespace Policy.Core.Signing;

/// <summary>
/// The signature facts the kernel's approval decision takes as input: each approver signature checked
/// once per run by <c>ssh-keygen</c> over that approver's payload. The kernel decides what they mean.
/// </summary>
public sealed class SshSignatureFacts : ISignatureFacts
{
    private readonly Dictionary<string, Artefact> approvals = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<(string, int), SignatureFact> facts = new();

    public SshSignatureFacts(IEnumerable<Artefact> artefacts)
    {
        foreach (var artefact in artefacts.Where(a => a.Kind == ArtefactKinds.Approval))
        {
            approvals.TryAdd(artefact.Id, artefact);
        }
    }

    public SignatureFact Of(string approvalId, int approverIndex) => facts.GetOrAdd((approvalId, approverIndex), Check);

    private SignatureFact Check((string ApprovalId, int Index) key)
    {
        var approval = approvals[key.ApprovalId];
        var signature = approval.Node.ItemsAt("approvers")[key.Index].StringAt(ApprovalSignatures.Member) ?? string.Empty;
        return SshKeygen.Check(signature, ApprovalSignatures.Payload(approval.Node, key.Index));
    }
}
