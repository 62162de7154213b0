using Policy.Core.Catalog;
using Policy.Core.Findings;
using Policy.Core.Model;

namespace Policy.Core.Rules.SystemCards;

/// <summary>
/// XR-SC-03: a system listed in Annex III (care systems meet points 5(a) and 5(d)) is high-risk unless an
/// Art. 6(3) derogation is documented. Art. 6(2) makes every Annex III point high-risk, so every point is checked.
/// </summary>
public sealed class AnnexIIIClassificationRule : IRepositoryRule
{
    public static RuleDescriptor Descriptor { get; } = new(
        "XR-SC-03", "systemcard", Severity.Error,
        "A system with an Annex III point (for care: 5(a) public health services, 5(d) emergency triage) is high-risk unless an Art. 6(3) derogation is documented.",
        "AI Act Art. 6(2)-(3), Annex III");

    public IReadOnlyList<RuleDescriptor> Descriptors { get; } = [Descriptor];

    public void Check(RuleContext context)
    {
        foreach (var card in context.Repository.OfKind(ArtefactKinds.SystemCard))
        {
            if (card.Root.String("aiAct", "annexIIIPoint") is not { } point)
            {
                continue;
            }

            var riskClass = card.Root.String("aiAct", "riskClass");
            var basis = card.Root.String("aiAct", "basis");
            var derogation = card.Root.String("aiAct", "derogationAssessment");
            if (riskClass == "high-risk" || riskClass == "prohibited")
            {
                continue;
            }

            var pointAt = new RelatedLocation(card.At("/aiAct/annexIIIPoint"), $"Annex III point {point}");
            if (basis != "art-6-3-derogation")
            {
                context.Report(
                    Descriptor,
                    card.At("/aiAct/riskClass"),
                    $"'{card.Id}' falls under Annex III point {point}, which makes it high-risk (AI Act Art. 6(2)), but it is classified '{riskClass ?? "(none)"}'. Set aiAct.riskClass to \"high-risk\" with basis \"annex-iii\", or document why it is not high-risk: basis \"art-6-3-derogation\" with a derogationAssessment (Art. 6(3)-(4)).",
                    pointAt);
            }
            else if (string.IsNullOrWhiteSpace(derogation))
            {
                context.Report(
                    Descriptor,
                    card.At("/aiAct/derogationAssessment"),
                    $"'{card.Id}' claims the Art. 6(3) derogation for Annex III point {point} without a derogationAssessment; the derogation must be documented before the system is placed on the market or put into service (AI Act Art. 6(4)). Write the assessment, or classify the system high-risk.",
                    pointAt);
            }
        }
    }
}
