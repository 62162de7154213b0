using System.Text.Json;
using Policy.Core.Catalog;
using Policy.Core.Findings;
using Policy.Core.Model;

namespace Policy.Core.Rules.Notices;

/// <summary>
/// XR-PN-02, XR-PN-04, XR-PN-05: the sections a notice owes because of what its systems do (direct
/// interaction, transfers outside the EEA, secondary use, Annex III high-risk), in every language
/// (<see cref="NoticeSectionRequirements"/> says which and why).
/// </summary>
public sealed class NoticeSectionsRule : IRepositoryRule
{
    public static RuleDescriptor DirectInteraction { get; } = new(
        "XR-PN-02", "notice", Severity.Error,
        "A notice listing a system that interacts directly with patients has a directInteraction section in every language.",
        "AI Act Art. 50(1), 50(5)");

    public static RuleDescriptor TransfersAndReuse { get; } = new(
        "XR-PN-04", "notice", Severity.Error,
        "A notice listing a system whose personal data leave the EEA (processing, storage or remote access) has a transfers section; one whose data are reused for research, statistics or AI training (a DataFlow, a recipient that may train, or a purpose of a covering Dpia) has a secondaryUse section with the right to object or opt out.",
        "GDPR Art. 13(1)(f), 13(3), 21; EHDS Art. 71; CNIL/HAS guide");

    public static RuleDescriptor ExplanationRight { get; } = new(
        "XR-PN-05", "notice", Severity.Error,
        "A notice listing an Annex III high-risk system has an explanationRight section in every language.",
        "AI Act Art. 86");

    public IReadOnlyList<RuleDescriptor> Descriptors { get; } = [DirectInteraction, TransfersAndReuse, ExplanationRight];

    public void Check(RuleContext context)
    {
        foreach (var notice in context.Repository.OfKind(ArtefactKinds.PatientNotice))
        {
            var requirements = NoticeSectionRequirements.For(context.Repository, notice);
            foreach (var (language, sections) in NoticeCoverage.Languages(notice))
            {
                // One finding per missing section and language, even when several flows or systems call for it.
                foreach (var group in requirements.GroupBy(r => r.Section))
                {
                    var first = group.First();
                    if (Satisfied(sections, first.Section))
                    {
                        continue;
                    }

                    var pointer = $"/content/{language}/{first.Section}";
                    context.Report(
                        first.Rule,
                        notice.At(pointer),
                        $"the '{language}' text of PatientNotice '{notice.Id}' has no {first.Section} section: {first.Reason}. Add content.{language}.{first.Section}{(first.Section == "secondaryUse" ? " with what is reused, the right to object or opt out (objectOrOptOut) and how to exercise it" : string.Empty)}.",
                        group.Select(r => r.Cause).ToArray());
                }
            }
        }
    }

    private static bool Satisfied(JsonElement sections, string section) =>
        section == "secondaryUse"
            ? !string.IsNullOrWhiteSpace(sections.String("secondaryUse", "objectOrOptOut"))
            : NoticeCoverage.HasSection(sections, section);
}
