using Policy.Core.Catalog;
using Policy.Core.Findings;
using Policy.Core.Model;

namespace Policy.Core.Rules.Dpia;

/// <summary>
/// XR-DPIA-01 and XR-DPIA-02: a deployed system that processes health data, or that is high-risk,
/// is covered by an approved Dpia (and, if high-risk, by an approved HumanOversight). The finding
/// sits on the covering Dpia or HumanOversight that is not approved, or on the SystemCard when
/// there is none to approve.
/// </summary>
public sealed class DpiaRequiredRule : IRepositoryRule
{
    public static RuleDescriptor HealthData { get; } = new(
        "XR-DPIA-01", "dpia", Severity.Error,
        "A system at stage deployment or later that processes health data is covered by an approved Dpia.",
        "GDPR Art. 35; CNIL deliberation 2018-327 (health data processed by care establishments)");

    public static RuleDescriptor HighRisk { get; } = new(
        "XR-DPIA-02", "dpia", Severity.Error,
        "A high-risk system at stage deployment or later is covered by an approved Dpia and an approved HumanOversight.",
        "GDPR Art. 35; AI Act Art. 14, 26(1)-(2), 26(9)");

    public IReadOnlyList<RuleDescriptor> Descriptors { get; } = [HealthData, HighRisk];

    public void Check(RuleContext context)
    {
        foreach (var card in context.Repository.OfKind(ArtefactKinds.SystemCard).Where(DpiaFacts.IsDeployedOrLater))
        {
            var health = DpiaFacts.HealthCategories(card);
            var highRisk = card.Root.String("aiAct", "riskClass") == "high-risk";
            if (health.Count > 0)
            {
                RequireApprovedDpia(context, HealthData, card, $"/dataCategoriesProcessed/{health[0].Index}", $"processes health data ({string.Join(", ", health.Select(h => h.Value))})", "GDPR Art. 35; CNIL deliberation 2018-327: health data processed for care needs a DPIA");
            }
            else if (highRisk)
            {
                // With health data XR-DPIA-01 already asks for the Dpia; one finding per missing artefact.
                RequireApprovedDpia(context, HighRisk, card, "/aiAct/riskClass", "is high-risk under the AI Act", "GDPR Art. 35; AI Act Art. 26(9): deployers use the provider's information to carry out their DPIA");
            }

            if (highRisk)
            {
                RequireApprovedOversight(context, card);
            }
        }
    }

    private static void RequireApprovedDpia(RuleContext context, RuleDescriptor rule, Artefact card, string pointer, string why, string law)
    {
        var dpias = DpiaFacts.CoveringDpias(context.Repository, card.Id);
        if (dpias.Any(context.Approvals.IsApproved))
        {
            return;
        }

        var stage = LifecycleStages.StageOf(card);
        if (dpias.Count == 0)
        {
            context.Report(
                rule,
                card.At(pointer),
                $"'{card.Id}' is at stage '{stage}' and {why}, but no Dpia covers it ({law}). Add an approved Dpia whose scope.systems includes {card.Id}.");
            return;
        }

        foreach (var dpia in dpias)
        {
            context.Report(
                rule,
                dpia.At(string.Empty),
                $"Dpia '{dpia.Id}' covers '{card.Id}', which is at stage '{stage}' and {why}, but it is not approved ({law}). Record an Approval of its current content (`policy hash {dpia.File}`) by the roles the approval matrix requires.",
                new RelatedLocation(card.At(pointer), $"why '{card.Id}' needs an approved Dpia"));
        }
    }

    private static void RequireApprovedOversight(RuleContext context, Artefact card)
    {
        var oversights = context.Repository.ForSystem(card.Id).Where(a => a.Kind == ArtefactKinds.HumanOversight).ToList();
        if (oversights.Any(context.Approvals.IsApproved))
        {
            return;
        }

        var stage = LifecycleStages.StageOf(card);
        if (oversights.Count == 0)
        {
            context.Report(
                HighRisk,
                card.At("/aiAct/riskClass"),
                $"'{card.Id}' is high-risk and at stage '{stage}', but has no HumanOversight (AI Act Art. 14 and 26(1)-(2): deployers assign trained people to oversee it). Add an approved HumanOversight with system '{card.Id}'.");
            return;
        }

        foreach (var oversight in oversights)
        {
            context.Report(
                HighRisk,
                oversight.At(string.Empty),
                $"HumanOversight '{oversight.Id}' of high-risk system '{card.Id}' (stage '{stage}') is not approved (AI Act Art. 14, 26(1)-(2)). Record an Approval of its current content (`policy hash {oversight.File}`) by the roles the approval matrix requires.",
                new RelatedLocation(card.At("/aiAct/riskClass"), $"'{card.Id}' is high-risk"));
        }
    }
}
