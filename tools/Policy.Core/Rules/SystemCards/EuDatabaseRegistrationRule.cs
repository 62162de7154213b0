using Policy.Core.Catalog;
using Policy.Core.Findings;
using Policy.Core.Model;
using Policy.Core.Rules.Configuration;
using Policy.Core.Rules.Fria;

namespace Policy.Core.Rules.SystemCards;

/// <summary>
/// XR-SC-10: a deployer that is a public authority, or acts on behalf of one, registers its use of an
/// Annex III high-risk system (except point 2, registered nationally) in the EU database before using
/// it (AI Act Art. 26(8), 49(3)), once Annex III duties apply. The card records the registration in
/// <c>aiAct.euDatabaseRef</c>, which the register shows: an error from stage use on, a warning at stage
/// deployment (register before first use). The organisation is public when Governance says
/// <c>organisation.publicBody</c> or <c>organisation.actsOnBehalfOfPublicAuthority</c>.
/// </summary>
public sealed class EuDatabaseRegistrationRule : IRepositoryRule
{
    public static RuleDescriptor Descriptor { get; } = new(
        "XR-SC-10", "systemcard", Severity.Error,
        "A public authority (or a body acting on its behalf) deploying an Annex III high-risk system records its registration in the EU database (aiAct.euDatabaseRef): an error from stage use on, a warning at stage deployment.",
        "AI Act Art. 26(8), 49(3), 71");

    public IReadOnlyList<RuleDescriptor> Descriptors { get; } = [Descriptor];

    /// <summary>At what severity the card must show a registration today (null when it need not); the register defers to it.</summary>
    public static Severity? Required(PolicyRepository repository, Artefact card, RulesConfiguration policies, DateTime today) =>
        PublicAuthority(repository) is null ? null : RequiredFor(card, policies, today);

    public void Check(RuleContext context)
    {
        if (PublicAuthority(context.Repository) is not { } publicAuthority)
        {
            return;
        }

        foreach (var card in context.Repository.OfKind(ArtefactKinds.SystemCard))
        {
            if (RequiredFor(card, context.Settings.Policies, context.Today) is not { } severity)
            {
                continue;
            }

            var point = card.Root.String("aiAct", "annexIIIPoint") ?? "?";
            var stage = LifecycleStages.StageOf(card);
            context.Report(
                Descriptor,
                severity,
                card.At("/aiAct/euDatabaseRef"),
                $"'{card.Id}' is an Annex III high-risk system (point {point}) at stage {stage}, deployed by a public authority or on its behalf, so the organisation registers itself and this use of the system in the EU database {(severity == Severity.Error ? "before using it" : "before first use")} (AI Act Art. 26(8), 49(3)); no registration is recorded. Register the use in the EU database (Art. 71) and record its reference in aiAct.euDatabaseRef{(severity == Severity.Error ? string.Empty : " before moving to stage use")}.",
                publicAuthority,
                new RelatedLocation(card.At("/aiAct/basis"), $"high-risk under Annex III point {point}"));
        }
    }

    private static Severity? RequiredFor(Artefact card, RulesConfiguration policies, DateTime today)
    {
        var stage = LifecycleStages.StageOf(card);
        if (!LifecycleStages.IsDeployedOrLater(stage)
            || !FriaFacts.IsAnnexIIIOutsidePoint2(card)
            || !HighRiskDuties.IsDeployer(card)
            || HighRiskDuties.ApplyFrom(card, policies) is not { } from
            || today < from
            || !string.IsNullOrWhiteSpace(card.Root.String("aiAct", "euDatabaseRef")))
        {
            return null;
        }

        return stage == LifecycleStages.Deployment ? Severity.Warning : Severity.Error;
    }

    /// <summary>Where Governance says the organisation is a public authority or acts for one; null when it does not.</summary>
    private static RelatedLocation? PublicAuthority(PolicyRepository repository) =>
        OrganisationFacts.PublicBody(repository)
        ?? OrganisationFacts.Says(repository, "actsOnBehalfOfPublicAuthority", "the organisation acts on behalf of a public authority");
}
