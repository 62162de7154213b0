using Policy.Core.Findings;
using Policy.Core.Model;

namespace Policy.Core.Rules.Notices;

/// <summary>
/// The sections a PatientNotice must have in every language because of the systems it lists
/// (XR-PN-02, XR-PN-04, XR-PN-05), each with the rule, the reason and the artefact that causes it.
/// XR-PN-03 leaves these sections to those rules, so one missing section gives one finding.
/// </summary>
public static class NoticeSectionRequirements
{
    public sealed record Requirement(RuleDescriptor Rule, string Section, string Reason, RelatedLocation Cause);

    public static IReadOnlyList<Requirement> For(PolicyRepository repository, Artefact notice)
    {
        var requirements = new List<Requirement>();
        foreach (var card in NoticeCoverage.ListedSystems(repository, notice))
        {
            if (card.Root.Bool("interactsDirectlyWithPatients") == true)
            {
                requirements.Add(new(NoticeSectionsRule.DirectInteraction, "directInteraction",
                    $"'{card.Id}' interacts directly with patients, who must be told they are interacting with an AI (AI Act Art. 50(1), 50(5))",
                    new RelatedLocation(card.At("/interactsDirectlyWithPatients"), "interacts directly with patients")));
            }

            if (card.Root.String("aiAct", "riskClass") == "high-risk" && card.Root.String("aiAct", "basis") == "annex-iii")
            {
                requirements.Add(new(NoticeSectionsRule.ExplanationRight, "explanationRight",
                    $"'{card.Id}' is an Annex III high-risk system, so people affected by a decision it supports have a right to an explanation (AI Act Art. 86)",
                    new RelatedLocation(card.At("/aiAct/basis"), "Annex III high-risk")));
            }

            foreach (var flow in repository.ForSystem(card.Id).Where(a => a.Kind == ArtefactKinds.DataFlow && a.Root.Bool("active") != false))
            {
                if (OutsideEea(flow) is { } country)
                {
                    requirements.Add(new(NoticeSectionsRule.TransfersAndReuse, "transfers",
                        $"DataFlow '{flow.Id}' of '{card.Id}' sends data to {country}, outside the EEA; patients must be told of the transfer and its safeguards (GDPR Art. 13(1)(f))",
                        new RelatedLocation(flow.At("/destination/country"), "destination outside the EEA")));
                }

                if (flow.Root.String("purpose") is { } purpose && IsSecondaryUse(repository.Taxonomy, purpose))
                {
                    requirements.Add(new(NoticeSectionsRule.TransfersAndReuse, "secondaryUse",
                        $"DataFlow '{flow.Id}' of '{card.Id}' reuses data for '{purpose}'; patients must be told and be able to object or opt out (GDPR Art. 21; EHDS Art. 71)",
                        new RelatedLocation(flow.At("/purpose"), "secondary purpose")));
                }
            }
        }

        return requirements;
    }

    /// <summary>The first non-EEA country the flow sends data to or stores it in, if any.</summary>
    public static string? OutsideEea(Artefact flow)
    {
        var countries = new[] { flow.Root.String("destination", "country") }
            .Concat(flow.Root.Strings("destination", "storageCountries").Select(s => s.Value))
            .OfType<string>();
        return countries.FirstOrDefault(c => !EeaCountries.Contains(c));
    }

    private static bool IsSecondaryUse(Taxonomy taxonomy, string purpose) =>
        taxonomy.PurposeCovers("research", purpose) || taxonomy.PurposeCovers("train-ai-system", purpose);
}
