using Policy.Core.Catalog;
using Policy.Core.Findings;
using Policy.Core.Model;

namespace Policy.Core.Rules.Dataflows;

/// <summary>
/// XR-DF-04: personal data reaching a country outside the EEA (destination, storage or remote access:
/// <see cref="Transfers"/>) needs a GDPR Chapter V mechanism, and adequacy names its decision. Once that
/// is in order, health data outside the EEA still gets a warning for committee review. One root cause, one finding: health
/// data stored outside the EEA by a host is XR-DF-03's (only moving it cures it), so those storage
/// countries are left out here, and a flow XR-DF-03 reports gets no review warning.
/// </summary>
public sealed class TransferMechanismRule : IRepositoryRule
{
    public static RuleDescriptor Descriptor { get; } = new(
        "XR-DF-04", DataFlowFacts.Family, Severity.Error,
        "Personal data reaching a country outside the EEA requires transfer.mechanism (adequacy naming its decision); health data outside the EEA is also a warning for committee review.",
        "GDPR Art. 44-49");

    public IReadOnlyList<RuleDescriptor> Descriptors { get; } = [Descriptor];

    public void Check(RuleContext context)
    {
        var policies = context.Settings.Policies;
        foreach (var flow in DataFlowFacts.ActiveFlows(context.Repository))
        {
            // Storage that XR-DF-03 already reports must move to the EEA; no mechanism can cure it, so it is not asked for here.
            var outside = Transfers.NeedingMechanism(flow, context.Repository.Taxonomy, policies);
            if (outside.Count == 0)
            {
                continue;
            }

            var reportedByDf03 = DataFlowFacts.HealthStoredOutsideEea(flow, policies).Any();
            var pointer = outside[0].Pointer;
            var countries = string.Join(", ", outside.Select(c => c.Country).Distinct(StringComparer.Ordinal));
            var mechanism = flow.Root.String("transfer", "mechanism");
            if (mechanism is null)
            {
                context.ReportMissing(
                    Descriptor,
                    flow.At(pointer),
                    "/transfer",
                    $"personal data of this flow reaches {countries}, outside the EEA (destination, storage or remote access), with no transfer mechanism; GDPR Art. 44-49 allow it only under an adequacy decision, appropriate safeguards (standard contractual clauses, binding corporate rules) or an Art. 49 derogation. Add transfer {{ mechanism, tiaRef, supplementaryMeasures }}, or keep the data in the EEA.");
            }
            else if (mechanism == "adequacy" && string.IsNullOrWhiteSpace(flow.Root.String("transfer", "adequacyDecision")))
            {
                context.Report(
                    Descriptor,
                    flow.At("/transfer/mechanism"),
                    $"the transfer to {countries} relies on adequacy but names no decision; GDPR Art. 45 adequacy exists only by a Commission decision for that country. Set transfer.adequacyDecision (for example 'Commission Implementing Decision (EU) 2023/1795') or choose another mechanism.");
            }
            else if (DataFlowFacts.CarriesHealthData(flow) && !reportedByDf03)
            {
                context.Report(
                    Descriptor,
                    Severity.Warning,
                    flow.At(pointer),
                    $"health data of this flow reaches {countries}, outside the EEA, under '{mechanism}'. The mechanism makes the transfer possible (GDPR Art. 44-49), but health data abroad calls for committee review: check the transfer impact assessment (transfer.tiaRef), the supplementary measures and whether an EEA alternative exists, and record the decision.");
            }
        }
    }
}
