using Policy.Core.Catalog;
using Policy.Core.Findings;
using Policy.Core.Model;
using Policy.Core.Rules.Drafts;

namespace Policy.Core.Rules.Governance;

/// <summary>
/// XR-GOV-01: the Governance artefact is approved, or its matrix, thresholds and overrides are not
/// applied. XR-GOV-02: one organisation, one Governance artefact.
/// </summary>
public sealed class GovernanceRule : IRepositoryRule
{
    public static RuleDescriptor NotApproved { get; } = new(
        "XR-GOV-01", "governance", Severity.Error,
        "The Governance artefact is approved (controller, DPO and medical lead by default); until it is, its approval matrix, thresholds and severity overrides are not applied.",
        "docs/format.md (Approved); CNIL/HAS guide (governance roles)")
    {
        ExplainsContent = false,
    };

    public static RuleDescriptor Duplicate { get; } = new(
        "XR-GOV-02", "governance", Severity.Error,
        "A policy repository has exactly one Governance artefact.",
        "docs/format.md (Governance)")
    {
        ExplainsContent = false,
    };

    public IReadOnlyList<RuleDescriptor> Descriptors { get; } = [NotApproved, Duplicate];

    public void Check(RuleContext context)
    {
        var all = context.Repository.OfKind(ArtefactKinds.Governance).ToList();
        foreach (var extra in all.Skip(1))
        {
            context.Report(
                Duplicate,
                extra.At("/kind"),
                $"a second Governance artefact; only {all[0].File} is read. Merge the two into one.",
                new RelatedLocation(all[0].At("/kind"), "the Governance artefact in use"));
        }

        var state = context.Governance;
        if (state.Governance is not { } governance || state.Applied)
        {
            return;
        }

        var why = state.Status?.Problems.Select(p => p.Message).FirstOrDefault() ?? "it has no content hash";
        var overrides = governance.Root.Items("severityOverrides").Count();
        // A new repository's draft (TODO markers, no Approval yet) cannot be approved before it is written: a warning, beside XR-DRAFT-01's.
        var draft = state.Status?.Approval is null && DraftMarkers.IsDraft(governance);
        context.Report(
            NotApproved,
            draft ? Severity.Warning : NotApproved.DefaultSeverity,
            governance.At(string.Empty),
            $"Governance '{governance.Id}' is not approved ({why}), so its approval matrix, thresholds and {overrides} severity override(s) are NOT applied: the shipped defaults are. Record an Approval of its current content hash (`policy hash {governance.File}`) by the controller, the DPO and the medical lead.");
    }
}
