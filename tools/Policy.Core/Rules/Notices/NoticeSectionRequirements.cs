using System.Text.Json;
using Policy.Core.Catalog;
using Policy.Core.Findings;
using Policy.Core.Rules.Configuration;
using Policy.Core.Model;
using Policy.Core.Rules.Dataflows;

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
                if (Transfers.ThirdCountries(flow, repository.Taxonomy, RulesConfiguration.Defaults) is [var (pointer, country), ..])
                {
                    requirements.Add(new(NoticeSectionsRule.TransfersAndReuse, "transfers",
                        $"DataFlow '{flow.Id}' of '{card.Id}' transfers personal data to {country}, outside the EEA (processing, storage or remote access there); patients must be told of the transfer and its safeguards (GDPR Art. 13(1)(f))",
                        new RelatedLocation(flow.At(pointer), "outside the EEA")));
                }

                if (flow.Root.String("purpose") is { } purpose && SecondaryUse.IsSecondary(repository.Taxonomy, purpose))
                {
                    requirements.Add(new(NoticeSectionsRule.TransfersAndReuse, "secondaryUse",
                        $"DataFlow '{flow.Id}' of '{card.Id}' reuses data for '{purpose}'; patients must be told and be able to object or opt out (GDPR Art. 13(3), 21; EHDS Art. 71)",
                        new RelatedLocation(flow.At("/purpose"), "secondary purpose")));
                }
                else if (flow.Root.Bool("recipientMayTrainOnData") == true)
                {
                    requirements.Add(new(NoticeSectionsRule.TransfersAndReuse, "secondaryUse",
                        $"the recipient of DataFlow '{flow.Id}' of '{card.Id}' may train its models on the data, a reuse patients must be told of, with their right to object (GDPR Art. 13(3), 21; EHDS Art. 71)",
                        new RelatedLocation(flow.At("/recipientMayTrainOnData"), "the recipient may train on the data")));
                }
            }

            // A reuse the Dpia plans is told to patients whether or not a DataFlow carries it (CNIL/HAS: any secondary reuse).
            foreach (var dpia in repository.DpiasCovering(card.Id))
            {
                foreach (var (pointer, purpose) in JsonSelect.Select(dpia.Root, "/purposes/*/dataUse"))
                {
                    if (purpose.ValueKind == JsonValueKind.String && SecondaryUse.IsSecondary(repository.Taxonomy, purpose.GetString()))
                    {
                        requirements.Add(new(NoticeSectionsRule.TransfersAndReuse, "secondaryUse",
                            $"Dpia '{dpia.Id}' plans to reuse the data of '{card.Id}' for '{purpose.GetString()}'; patients must be told of any secondary reuse and of their right to object, whether or not a DataFlow carries the data (GDPR Art. 13(3), 21; CNIL/HAS guide)",
                            new RelatedLocation(dpia.At(pointer), "secondary purpose in the Dpia")));
                    }
                }
            }
        }

        return requirements;
    }
}
