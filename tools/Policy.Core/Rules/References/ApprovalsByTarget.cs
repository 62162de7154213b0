using System.Runtime.CompilerServices;
using Policy.Core.Model;
using Policy.Kernel.Approvals;

namespace Policy.Core.Rules.References;

/// <summary>The Approval artefacts of a repository with their records, by the kind and id of what they approve (XR-REF-03, XR-REF-04).</summary>
public static class ApprovalsByTarget
{
    // Built once per repository for every rule that asks (reading each Approval's record again per rule
    // was ~10 MiB per rule on 10,000 files); the table lets the lookup go with the repository.
    private static readonly ConditionalWeakTable<PolicyRepository, ILookup<(string Kind, string Id), (Artefact File, ApprovalRecord Record)>> Built = new();

    public static ILookup<(string Kind, string Id), (Artefact File, ApprovalRecord Record)> Of(PolicyRepository repository) =>
        Built.GetValue(repository, Build);

    private static ILookup<(string Kind, string Id), (Artefact File, ApprovalRecord Record)> Build(PolicyRepository repository) =>
        repository.OfKind(ArtefactKinds.Approval)
            .Select(a => (File: a, Record: ApprovalInputs.Record(a)))
            .Where(a => a.Record is not null)
            .Select(a => (a.File, Record: a.Record!))
            .ToLookup(a => (a.Record.TargetKind, a.Record.TargetId));
}
