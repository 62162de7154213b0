using Policy.Core.Catalog;
using Policy.Core.Findings;
using Policy.Core.Model;

namespace Policy.Core.Rules.Dataflows;

/// <summary>XR-DF-06: a processor acts under a contract the flow names.</summary>
public sealed class ProcessorContractRule : IRepositoryRule
{
    public static RuleDescriptor Descriptor { get; } = new(
        "XR-DF-06", DataFlowFacts.Family, Severity.Error,
        "A DataFlow to a processor names the data-processing agreement (processorContractRef).",
        "GDPR Art. 28(3); CNIL PIA question 226");

    public IReadOnlyList<RuleDescriptor> Descriptors { get; } = [Descriptor];

    public void Check(RuleContext context)
    {
        foreach (var flow in DataFlowFacts.ActiveFlows(context.Repository).Where(f => f.Root.String("destination", "type") == "processor"))
        {
            if (string.IsNullOrWhiteSpace(flow.Root.String("processorContractRef")))
            {
                var processor = flow.Root.String("destination", "operator") ?? "the processor";
                context.Report(
                    Descriptor,
                    flow.At("/destination/type"),
                    $"{processor} is a processor but this flow names no processing agreement; GDPR Art. 28(3) requires a contract binding the processor to the controller's instructions, confidentiality, security and deletion. Set processorContractRef to the signed agreement (reference and annex).");
            }
        }
    }
}
