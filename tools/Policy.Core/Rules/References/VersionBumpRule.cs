using Policy.Core.Catalog;
using Policy.Core.Findings;
using Policy.Core.Model;

namespace Policy.Core.Rules.References;

/// <summary>
/// XR-REF-03: an artefact whose content changed since an approval of the same version must bump its
/// version, so that "version X" always means one content.
/// </summary>
public sealed class VersionBumpRule : IRepositoryRule
{
    public static RuleDescriptor Descriptor { get; } = new(
        "XR-REF-03", "references", Severity.Warning,
        "When an artefact's content hash differs from the one approved for its current version, its `version` must be bumped.",
        "docs/format.md (The common envelope); AI Act Annex IV 6 (changes over the lifecycle)");

    public IReadOnlyList<RuleDescriptor> Descriptors { get; } = [Descriptor];

    public void Check(RuleContext context)
    {
        var approvals = ApprovalsByTarget.Of(context.Repository);

        foreach (var target in context.Repository.Artefacts)
        {
            var naming = approvals[(target.Kind, target.Id)];
            // An artefact no approval names cannot be reported, so its hash is never read.
            if (target.Version is null
                || !naming.Any()
                || target.ContentHash is null
                || naming.Any(a => global::Policy.Kernel.Hashing.ContentHash.AreEqual(a.Record.TargetSha256, target.ContentHash)))
            {
                continue;
            }

            var sameVersion = naming.FirstOrDefault(a => a.Record.TargetVersion == target.Version);
            if (sameVersion.File is not null)
            {
                context.Report(
                    Descriptor,
                    target.At("/version"),
                    $"{target.Kind} '{target.Id}' changed since Approval '{sameVersion.Record.Id}' approved its version {target.Version}; bump `version` (and say what changed in `changeSummary`) before asking for approval again.",
                    new RelatedLocation(sameVersion.File.At("/target/version"), "the approved version"));
            }
        }
    }
}
