using Policy.Core.Catalog;
using Policy.Core.Findings;
using Policy.Core.Model;

namespace Policy.Core.Rules.Oversight;

/// <summary>
/// XR-HO-04: the HumanOversight of a high-risk system says how to stop it, and every reviewer is
/// trained and may override. A high-risk system without any HumanOversight is XR-DPIA-02's finding.
/// </summary>
public sealed class HighRiskOversightRule : IRepositoryRule
{
    public static RuleDescriptor Descriptor { get; } = new(
        "XR-HO-04", OversightFamily.Name, Severity.Error,
        "The HumanOversight of a high-risk system has a stop mechanism, and every reviewer has a trainingRef and authorityToOverride true.",
        "AI Act Art. 14(4)(d)-(e), 26(2), 4");

    public IReadOnlyList<RuleDescriptor> Descriptors { get; } = [Descriptor];

    public void Check(RuleContext context)
    {
        foreach (var oversight in context.Repository.OfKind(ArtefactKinds.HumanOversight))
        {
            if (context.Repository.CardOf(oversight.System) is not { } card || card.Root.String("aiAct", "riskClass") != OversightFamily.HighRisk)
            {
                continue;
            }

            var onCard = new RelatedLocation(card.At("/aiAct/riskClass"), $"system '{card.Id}' is high-risk");
            if (oversight.Root.Property("stop") is null)
            {
                context.Report(
                    Descriptor,
                    oversight.At("/stop"),
                    $"system '{card.Id}' is high-risk, and AI Act Art. 14(4)(e) requires that a person can stop it safely. Add stop {{ mechanism, whoCanStop, safeState }} to this HumanOversight.",
                    onCard);
            }

            foreach (var (pointer, reviewer) in JsonSelect.Select(oversight.Root, "/reviewers/*"))
            {
                var role = reviewer.String("role") ?? pointer;
                if (string.IsNullOrWhiteSpace(reviewer.String("trainingRef")))
                {
                    context.Report(
                        Descriptor,
                        oversight.At(pointer + "/trainingRef"),
                        $"reviewer '{role}' of high-risk system '{card.Id}' names no training; AI Act Art. 26(2) and 4 require overseers with the necessary competence, training and authority. Set trainingRef to the training module or record.",
                        onCard);
                }

                if (reviewer.Bool("authorityToOverride") != true)
                {
                    context.Report(
                        Descriptor,
                        oversight.At(pointer + "/authorityToOverride"),
                        $"reviewer '{role}' of high-risk system '{card.Id}' may not override the output; AI Act Art. 14(4)(d) requires overseers able to disregard, override or reverse it. Give the role that authority (authorityToOverride true) or choose a reviewer who has it.",
                        onCard);
                }
            }
        }
    }
}
