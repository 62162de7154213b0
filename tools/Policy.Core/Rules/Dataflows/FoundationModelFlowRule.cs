using Policy.Core.Catalog;
using Policy.Core.Findings;
using Policy.Core.Model;

namespace Policy.Core.Rules.Dataflows;

/// <summary>
/// XR-DF-09: a foundation model hosted outside the organisation has a DataFlow to its provider. The
/// schema's convention is that an entry names that flow in <c>dataFlow</c> exactly when the model is
/// hosted outside; so the rule checks that a named flow really carries the system's data there: same
/// system, active, and not inbound only. An entry without <c>dataFlow</c> declares in-house hosting.
/// </summary>
public sealed class FoundationModelFlowRule : IRepositoryRule
{
    public static RuleDescriptor Descriptor { get; } = new(
        "XR-DF-09", DataFlowFacts.Family, Severity.Error,
        "Every SystemCard foundationModels entry hosted outside the organisation names an active DataFlow of the same system that sends data to that provider.",
        "CHAI applied model card (FoundationModels); AI Act Annex IV 2(a)");

    public IReadOnlyList<RuleDescriptor> Descriptors { get; } = [Descriptor];

    public void Check(RuleContext context)
    {
        foreach (var card in context.Repository.OfKind(ArtefactKinds.SystemCard))
        {
            foreach (var (pointer, model) in JsonSelect.Select(card.Root, "/foundationModels/*"))
            {
                if (model.String("dataFlow") is not { } flowId || context.Repository.Find(flowId, ArtefactKinds.DataFlow) is not { } flow)
                {
                    continue; // no dataFlow: hosted in-house; a dangling id is XR-REF-01's finding
                }

                var name = model.String("name") ?? pointer;
                var provider = model.String("provider") ?? "its provider";
                var problem = flow.System != card.Id ? $"belongs to system '{flow.System}', not '{card.Id}'"
                    : flow.Root.Bool("active") == false ? "is inactive"
                    : flow.Root.String("direction") == "inbound" ? "is inbound only, so it sends nothing to the provider"
                    : null;
                if (problem is not null)
                {
                    context.Report(
                        Descriptor,
                        card.At(pointer + "/dataFlow"),
                        $"foundation model '{name}' is hosted by {provider}, but its DataFlow '{flowId}' {problem}; AI Act Annex IV 2(a) and the data-protection record need the flow that really carries this system's data to the model. Declare an active outbound DataFlow of '{card.Id}' to {provider} and name it here.",
                        new RelatedLocation(flow.At(string.Empty), $"DataFlow '{flowId}'"));
                }
            }
        }
    }
}
