using Policy.Core.Catalog;
using Policy.Core.Findings;
using Policy.Core.Model;
using Policy.Core.Rules.Approvals;

namespace Policy.Core.Rules.Notices;

/// <summary>
/// XR-PN-01: a system used in care that processes patients' data has an approved PatientNotice listing it,
/// given today and since the system went into use (beginDate).
/// </summary>
public sealed class NoticeRequiredRule : IRepositoryRule
{
    public static RuleDescriptor Descriptor { get; } = new(
        "XR-PN-01", "notice", Severity.Error,
        "A system in use that processes patient data has an approved PatientNotice listing it, effective no later than the system went into use.",
        "GDPR Art. 13-14; Code de la santé publique L4001-3 I; AI Act Art. 26(11)");

    public IReadOnlyList<RuleDescriptor> Descriptors { get; } = [Descriptor];

    /// <summary>The condition under which this rule requires an approved notice (the register defers to it).</summary>
    public static bool Applies(Artefact systemCard) =>
        LifecycleStages.IsInService(LifecycleStages.StageOf(systemCard)) && NoticeCoverage.ProcessesPatientData(systemCard);

    public void Check(RuleContext context)
    {
        foreach (var card in context.Repository.OfKind(ArtefactKinds.SystemCard).Where(Applies))
        {
            var stage = LifecycleStages.StageOf(card);
            var inUse = new RelatedLocation(card.At("/lifecycleStage"), $"'{card.Id}' is at stage {stage} and processes patient data");
            var listing = NoticeCoverage.NoticesListing(context.Repository, card.Id).Select(n => n.Notice).Distinct().ToList();
            if (listing.Count == 0)
            {
                context.Report(
                    Descriptor,
                    card.At("/lifecycleStage"),
                    $"'{card.Id}' is used in care (stage {stage}) and processes patient data, but no PatientNotice lists it; patients must be told that AI is used in their care and how their data is processed (GDPR Art. 13-14; CSP L4001-3; AI Act Art. 26(11)). Create a PatientNotice whose systems include '{card.Id}', and have it approved.",
                    new RelatedLocation(card.At("/dataSubjects"), "the data subjects"));
                continue;
            }

            var approved = listing.Where(context.Approvals.IsApproved).ToList();
            if (approved.Count == 0 && listing.Any(context.Approvals.ExplainsWhyNotApproved))
            {
                continue; // XR-APP-01..06 already say why its approval does not count
            }

            if (approved.Count == 0)
            {
                context.Report(
                    Descriptor,
                    listing[0].At(string.Empty),
                    $"PatientNotice '{listing[0].Id}' informs patients about '{card.Id}', which is in use, but it is not approved, so nobody has checked what patients are told (GDPR Art. 13; CSP L4001-3). Record an Approval of its current content (`policy hash {listing[0].File}`).",
                    inUse);
                continue;
            }

            var current = approved.Where(n => NoticeCoverage.IsCurrent(n, context.Today)).ToList();
            if (current.Count == 0)
            {
                var notice = approved[0];
                var until = notice.Root.Date("effectiveUntil");
                var (pointer, why) = until is { } end && end < context.Today
                    ? ("/effectiveUntil", $"stopped being given on {end:yyyy-MM-dd}")
                    : ("/effectiveFrom", $"is not given yet (effectiveFrom {notice.Root.String("effectiveFrom") ?? "missing"})");
                context.Report(
                    Descriptor,
                    notice.At(pointer),
                    $"PatientNotice '{notice.Id}' {why}, while '{card.Id}' is in use; patients must be informed when their data is collected (GDPR Art. 13(1)). Give the notice now: correct {pointer.TrimStart('/')} and have the notice approved again.",
                    inUse);
                continue;
            }

            if (card.Root.Date("beginDate") is { } began && current.All(n => n.Root.Date("effectiveFrom") > began))
            {
                var notice = current[0];
                context.Report(
                    Descriptor,
                    notice.At("/effectiveFrom"),
                    $"PatientNotice '{notice.Id}' is effective from {notice.Root.String("effectiveFrom")}, after '{card.Id}' went into use on {began:yyyy-MM-dd}, so patients cared for in between were not informed (GDPR Art. 13(1): at the time data is collected). If an earlier notice covered that period, list '{card.Id}' in it; otherwise correct the dates that are wrong.",
                    new RelatedLocation(card.At("/beginDate"), "in use since"));
            }
        }
    }
}
