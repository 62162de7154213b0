using Policy.Core.Catalog;
using Policy.Core.Findings;
using Policy.Core.Model;
using Policy.Kernel.Approvals;
using Policy.Kernel.Json;

namespace Policy.Core.Rules.Approvals;

/// <summary>
/// XR-APP-11: one note for the repository, on the Governance setting that would make signatures count.
/// A rule of its own because it counts every Approval of the repository, where the other approval
/// findings (<see cref="ApprovalBindingRule"/>) read only near the artefact they are on.
/// </summary>
public sealed class UnsignedApprovalsRule : IRepositoryRule
{
    public static RuleDescriptor UnsignedNoted { get; } = new(
        "XR-APP-11", "approvals", Severity.Note,
        "Where signatures are optional, the report says how many approver entries are unsigned (their decisions count, but nothing proves who wrote them).",
        "docs/approvals.md (Signing)");

    public IReadOnlyList<RuleDescriptor> Descriptors { get; } = [UnsignedNoted];

    public void Check(RuleContext context)
    {
        if (context.Approvals.Governance is not { Governance: Artefact governance, Authority: { SignaturesRequired: false } })
        {
            return;
        }

        var approvals = context.Repository.OfKind(ArtefactKinds.Approval).ToList();
        var entries = approvals.Sum(a => a.Node.ItemsAt("approvers").Count);
        var unsigned = approvals.Select(a => a.Node.ItemsAt("approvers").Count(e => e.StringAt(ApprovalSignatures.Member) is null)).ToList();
        if (unsigned.Sum() == 0)
        {
            return;
        }

        context.Report(
            UnsignedNoted,
            governance.At(governance.Root.String("policies", "approvalSignatures") is null ? "/policies" : "/policies/approvalSignatures"),
            $"{unsigned.Sum()} of {entries} approver entries, in {unsigned.Count(n => n > 0)} of {approvals.Count} Approvals, are unsigned; they count because policies.approvalSignatures is optional. Sign them with `policy approve --sign-with KEY`, and set approvalSignatures to required once every role holder has signingKeys (docs/approvals.md).");
    }
}
