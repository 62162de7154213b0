using Policy.Core.Catalog;
using Policy.Core.Findings;
using Policy.Core.Model;

namespace Policy.Core.Rules.Dataflows;

/// <summary>XR-DF-07: nothing leaves a system that its card does not declare.</summary>
public sealed class FlowMinimisationRule : IRepositoryRule
{
    public static RuleDescriptor Descriptor { get; } = new(
        "XR-DF-07", DataFlowFacts.Family, Severity.Error,
        "Every category a DataFlow carries is among its SystemCard's dataCategoriesProcessed (a parent key covers its children).",
        "GDPR Art. 5(1)(c); CNIL PIA question 213");

    public IReadOnlyList<RuleDescriptor> Descriptors { get; } = [Descriptor];

    public void Check(RuleContext context)
    {
        var taxonomy = context.Repository.Taxonomy;
        foreach (var flow in DataFlowFacts.ActiveFlows(context.Repository))
        {
            if (context.Repository.CardOf(flow.System) is not { } card)
            {
                continue; // XR-REF-01 reports a system that does not resolve
            }

            var declared = card.Root.Strings("dataCategoriesProcessed").Select(c => c.Value).ToList();
            foreach (var (index, category) in DataFlowFacts.Categories(flow).Where(c => !taxonomy.CategoriesCover(declared, c.Value)))
            {
                context.Report(
                    Descriptor,
                    flow.At($"/dataCategories/{index}"),
                    $"this flow sends '{category}', which SystemCard '{card.Id}' does not list in dataCategoriesProcessed; GDPR Art. 5(1)(c) (data minimisation) means nothing leaves the system that it is not declared to process. Stop sending '{category}', or declare it on the card (and in the Dpia) if the system needs it.",
                    new RelatedLocation(card.At("/dataCategoriesProcessed"), $"categories declared by '{card.Id}'"));
            }
        }
    }
}
