using Policy.Core.Catalog;
using Policy.Core.Findings;
using Policy.Core.Model;

namespace Policy.Core.Rules.Dataflows;

/// <summary>
/// XR-DF-10: when the organisation requires HDS+SecNumCloud (Governance policies.hostingRequirement),
/// every third party handling health data declares SecNumCloud. This rule checks only the SecNumCloud
/// half; the HDS half is XR-DF-02's, so a host lacking both gets one finding from each rule.
/// </summary>
public sealed class SecNumCloudPolicyRule : IRepositoryRule
{
    public static RuleDescriptor Descriptor { get; } = new(
        "XR-DF-10", DataFlowFacts.Family, Severity.Error,
        "When Governance policies.hostingRequirement is HDS+SecNumCloud, every DataFlow of health data to a third party declares a SecNumCloud-qualified host.",
        "Organisation policy; ANSSI SecNumCloud, doctrine « cloud au centre » (circulaire 6282/SG)");

    public IReadOnlyList<RuleDescriptor> Descriptors { get; } = [Descriptor];

    public void Check(RuleContext context)
    {
        if (context.Settings.Policies.HostingRequirement != DataFlowFacts.HdsSecNumCloud)
        {
            return;
        }

        var governance = context.Repository.Governance;
        RelatedLocation[] related = governance is null ? [] : [new RelatedLocation(governance.At("/policies/hostingRequirement"), "the organisation requires HDS+SecNumCloud")];
        foreach (var flow in DataFlowFacts.ActiveFlows(context.Repository).Where(f => DataFlowFacts.CarriesHealthData(f) && DataFlowFacts.IsThirdPartyHost(f)))
        {
            var type = DataFlowFacts.CertificationType(flow);
            if (type is DataFlowFacts.HdsSecNumCloud or DataFlowFacts.SecNumCloud)
            {
                continue;
            }

            var host = flow.Root.String("destination", "operator") ?? "the destination";
            context.Report(
                Descriptor,
                flow.At(type is null ? "/destination/hostingCertification" : "/destination/hostingCertification/type"),
                $"{host} handles health data for this flow with {(type is null ? "no declared certification" : $"certification '{type}'")}, but the organisation's policy (Governance policies.hostingRequirement) requires HDS+SecNumCloud. Move the flow to a SecNumCloud-qualified HDS host and set destination.hostingCertification.type to HDS+SecNumCloud, or have the committee change the policy.",
                related);
        }
    }
}
