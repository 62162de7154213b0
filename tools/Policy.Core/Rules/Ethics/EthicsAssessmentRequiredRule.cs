using Policy.Core.Catalog;
using Policy.Core.Findings;
using Policy.Core.Model;
using Policy.Core.Rules.Approvals;

namespace Policy.Core.Rules.Ethics;

/// <summary>
/// XR-ETH-01: a system the Governance says needs an ethics assessment (<see cref="EthicsRequirement"/>) has an
/// approved EthicsAssessment. Missing: reported at the card; present but not approved: at the assessment, unless an
/// approval problem XR-APP-* already explains why.
/// </summary>
public sealed class EthicsAssessmentRequiredRule : IRepositoryRule
{
    public static RuleDescriptor Descriptor { get; } = new(
        "XR-ETH-01", "ethics", Severity.Error,
        "A system the Governance requires an ethics assessment for (policies.ethicsAssessmentRequiredFor) has an approved EthicsAssessment under the five principles of the national digital-health ethics framework.",
        "national digital-health ethics framework; docs/format.md (EthicsAssessment)");

    public IReadOnlyList<RuleDescriptor> Descriptors { get; } = [Descriptor];

    public void Check(RuleContext context)
    {
        foreach (var card in context.Repository.OfKind(ArtefactKinds.SystemCard))
        {
            if (EthicsRequirement.For(context, card) is not { } requirement)
            {
                continue;
            }

            var required = new RelatedLocation(requirement.At, $"the Governance requires an ethics assessment for systems of {requirement.Conditions}");
            var assessments = context.Repository.ForSystem(card.Id).Where(a => a.Kind == ArtefactKinds.EthicsAssessment).ToList();
            if (assessments.Count == 0)
            {
                context.Report(
                    Descriptor,
                    card.At(string.Empty),
                    $"'{card.Id}' needs an ethics assessment (the Governance requires one for systems of {requirement.Conditions}), and no EthicsAssessment names it. Create one (`policy new EthicsAssessment --system {card.Id}`) assessing benevolence, non-maleficence, autonomy, justice and eco-responsibility at its current stage, and have it approved.",
                    required);
                continue;
            }

            if (!assessments.Any(context.Approvals.IsApproved) && !context.Approvals.ExplainsWhyNotApproved(assessments[0]))
            {
                context.Report(
                    Descriptor,
                    assessments[0].At(string.Empty),
                    $"EthicsAssessment '{assessments[0].Id}' of '{card.Id}' is not approved, and the Governance requires an approved one for systems of {requirement.Conditions}. Have the committee approve it: record an Approval of its current content (`policy hash {assessments[0].File}`).",
                    required);
            }
        }
    }
}
