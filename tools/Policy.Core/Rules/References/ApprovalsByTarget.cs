using Policy.Core.Model;
using Policy.Kernel.Approvals;

namespace Policy.Core.Rules.References;

/// <summary>The Approval artefacts of a repository with their records, by the kind and id of what they approve (XR-REF-03, XR-REF-04).</summary>
public static class ApprovalsByTarget
{
    public static ILookup<(string Kind, string Id), (Artefact File, ApprovalRecord Record)> Of(PolicyRepository repository) =>
        repository.OfKind(ArtefactKinds.Approval)
            .Select(a => (File: a, Record: ApprovalInputs.Record(a)))
            .Where(a => a.Record is not null)
            .Select(a => (a.File, Record: a.Record!))
            .ToLookup(a => (a.Record.TargetKind, a.Record.TargetId));
}
