using Policy.Core.Catalog;
using Policy.Core.Findings;
using Policy.Core.Model;
using Policy.Core.Rules.Dpia;

namespace Policy.Core.Rules.Fria;

/// <summary>
/// XR-FRIA-01 and XR-FRIA-02: who needs a fundamental-rights impact assessment (AI Act Art. 27).
/// A public body or public-service provider deploying an Annex III high-risk system (except point 2)
/// completes one before deployment, from the date Annex III duties apply (<c>aiActDates.annexIIIHighRisk</c>).
/// Annex I systems (medical devices) are outside Art. 27; a note on their Dpia says so, so that
/// nobody adds a FRIA believing it required. The note fires only where Art. 27 reaches the
/// organisation at all (public body or public service), for a high-risk Annex I system not
/// decommissioned, on each covering Dpia that has no fundamentalRights block.
/// </summary>
public sealed class FriaRequiredRule : IRepositoryRule
{
    public static RuleDescriptor Required { get; } = new(
        "XR-FRIA-01", "fria", Severity.Error,
        "A public body or public-service provider deploying an Annex III high-risk system (except point 2) completes a fundamental-rights impact assessment in the covering Dpia before first use.",
        "AI Act Art. 27(1), 27(4)");

    public static RuleDescriptor NotRequired { get; } = new(
        "XR-FRIA-02", "fria", Severity.Note,
        "No FRIA is required for an Annex I (MDR/IVDR) high-risk system; a note says so on its Dpia.",
        "AI Act Art. 27(1) (\"high-risk AI systems referred to in Article 6(2)\")");

    public IReadOnlyList<RuleDescriptor> Descriptors { get; } = [Required, NotRequired];

    public void Check(RuleContext context)
    {
        if (FriaFacts.PublicDeployer(context.Repository) is not { } publicDeployer)
        {
            return;
        }

        var annexIIIDate = context.Settings.Policies.AiActDate("annexIIIHighRisk");
        foreach (var card in context.Repository.OfKind(ArtefactKinds.SystemCard))
        {
            if (FriaFacts.IsAnnexIIIOutsidePoint2(card) && DpiaFacts.IsDeployedOrLater(card) && context.Today >= annexIIIDate)
            {
                RequireFria(context, card, publicDeployer);
            }
            else if (FriaFacts.IsAnnexIHighRisk(card) && LifecycleStages.StageOf(card) != "decommissioned")
            {
                ExplainNotRequired(context, card);
            }
        }
    }

    private static void RequireFria(RuleContext context, Artefact card, RelatedLocation publicDeployer)
    {
        var point = card.Root.String("aiAct", "annexIIIPoint") ?? "?";
        var onCard = new RelatedLocation(card.At("/aiAct/basis"), $"'{card.Id}' is high-risk under Annex III point {point}");
        var dpias = DpiaFacts.CoveringDpias(context.Repository, card.Id);
        if (dpias.Count == 0)
        {
            context.Report(
                Required,
                card.At("/aiAct/basis"),
                $"'{card.Id}' is an Annex III high-risk system (point {point}) at stage '{LifecycleStages.StageOf(card)}', deployed by a public body or public-service provider, so AI Act Art. 27(1) requires a fundamental-rights impact assessment before first use; no Dpia covers it. Add a Dpia whose scope.systems includes {card.Id} with a complete fundamentalRights block.",
                publicDeployer);
            return;
        }

        if (dpias.Any(d => FriaFacts.MissingParts(d) is { Count: 0 }))
        {
            return;
        }

        var dpia = dpias.FirstOrDefault(d => d.System == card.Id) ?? dpias[0];
        var missing = FriaFacts.MissingParts(dpia);
        var what = missing is null
            ? "has no fundamentalRights block"
            : $"has an incomplete fundamentalRights block (missing: {string.Join("; ", missing)})";
        context.Report(
            Required,
            dpia.At(missing is null ? string.Empty : "/fundamentalRights"),
            $"Dpia '{dpia.Id}' covers '{card.Id}', an Annex III high-risk system (point {point}) at stage '{LifecycleStages.StageOf(card)}', but {what}. AI Act Art. 27(1) requires public bodies and public-service providers to assess the impact on fundamental rights before first use (27(4): it may complement the DPIA). Complete fundamentalRights: deployerProcesses, periodAndFrequency, affectedGroups, specificRisks, humanOversightRef, materialisationMeasures.",
            onCard,
            publicDeployer);
    }

    private static void ExplainNotRequired(RuleContext context, Artefact card)
    {
        var regulation = card.Root.String("aiAct", "basis") == "annex-i-ivdr" ? "IVDR" : "MDR";
        foreach (var dpia in DpiaFacts.CoveringDpias(context.Repository, card.Id).Where(d => d.Root.Property("fundamentalRights") is null))
        {
            context.Report(
                NotRequired,
                dpia.At(DpiaFacts.PointerToSystem(dpia, card.Id)),
                $"No fundamental-rights impact assessment is required for '{card.Id}': it is high-risk through Annex I ({regulation} medical device, AI Act Art. 6(1)), and Art. 27(1) applies only to the Annex III systems of Art. 6(2). Its GDPR DPIA ('{dpia.Id}') remains required; do not add a fundamentalRights block on the belief that the law requires one.",
                new RelatedLocation(card.At("/aiAct/basis"), $"'{card.Id}' is high-risk under Annex I"));
        }
    }
}
