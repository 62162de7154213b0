using Policy.Core.Catalog;
using Policy.Core.Findings;
using Policy.Core.Model;

namespace Policy.Core.Rules.Oversight;

/// <summary>
/// XR-HO-05: a card that says the output replaces the decision contradicts an oversight that has a
/// person validate each output first; one of the two documents is wrong, so the committee reviews.
/// </summary>
public sealed class ReplacingRoleInTheLoopRule : IRepositoryRule
{
    public static RuleDescriptor Descriptor { get; } = new(
        "XR-HO-05", OversightFamily.Name, Severity.Warning,
        "A SystemCard decisionRole of replaces contradicts a decision overseen in the loop; review which of the two is true.",
        "HTI-1 source attribute #8 (45 CFR 170.315(b)(11)(iv)); AI Act Art. 14");

    public IReadOnlyList<RuleDescriptor> Descriptors { get; } = [Descriptor];

    public void Check(RuleContext context)
    {
        foreach (var oversight in context.Repository.OfKind(ArtefactKinds.HumanOversight))
        {
            if (context.Repository.CardOf(oversight.System) is not { } card || card.Root.String("decisionRole") != "replaces")
            {
                continue;
            }

            foreach (var (pointer, decision) in JsonSelect.Select(oversight.Root, "/decisions/*").Where(d => d.Value.String("mode") == "in-the-loop"))
            {
                context.Report(
                    Descriptor,
                    oversight.At(pointer + "/mode"),
                    $"decision '{decision.String("id") ?? pointer}' is in the loop (a person validates each output before it has any effect), but SystemCard '{card.Id}' says the output replaces the decision (HTI-1 #8). If the professional really decides, set the card's decisionRole to augments or informs; if the output takes effect unless someone intervenes, the mode is on-the-loop and the AI Act Art. 14 measures must match.",
                    new RelatedLocation(card.At("/decisionRole"), "decisionRole replaces"));
            }
        }
    }
}
