using Policy.Core.Catalog;
using Policy.Core.Findings;
using Policy.Core.Model;

namespace Policy.Core.Rules.Dataflows;

/// <summary>
/// XR-DF-02: health data hosted by a third party needs a certified health-data host (HDS, or HDS with
/// SecNumCloud) whose certificate is valid today. Storage without it is an error; transient processing
/// without storage (an inference API with zero retention) is a warning for the committee, because
/// R1111-9 also covers operating the information system that processes the data.
/// </summary>
public sealed class HealthDataHostingRule : IRepositoryRule
{
    public static RuleDescriptor Descriptor { get; } = new(
        "XR-DF-02", DataFlowFacts.Family, Severity.Error,
        "Health data stored by a third party requires a valid HDS (or HDS+SecNumCloud) certificate; transient processing by a third party without one is a warning for committee review.",
        "Code de la santé publique L1111-8, R1111-9; HDS referential");

    public IReadOnlyList<RuleDescriptor> Descriptors { get; } = [Descriptor];

    public void Check(RuleContext context)
    {
        foreach (var flow in DataFlowFacts.ActiveFlows(context.Repository).Where(f => DataFlowFacts.CarriesHealthData(f) && DataFlowFacts.IsThirdPartyHost(f)))
        {
            var stores = flow.Root.Bool("destination", "storesData");
            if (stores is null || Problem(flow, context.Today) is not { } problem)
            {
                continue; // storesData is required by the schema; a valid certificate needs nothing here
            }

            var (pointer, what) = problem;

            var host = flow.Root.String("destination", "operator") ?? flow.Root.String("destination", "name") ?? "the destination";
            if (stores == true)
            {
                context.Report(
                    Descriptor,
                    flow.At(pointer),
                    $"{host} stores health data for this flow but {what}; Code de la santé publique L1111-8 requires a host certified HDS for health data hosted by a third party. Use a host with a valid HDS or HDS+SecNumCloud certificate and record it in destination.hostingCertification (type, certificateRef, validUntil).");
            }
            else
            {
                context.Report(
                    Descriptor,
                    Severity.Warning,
                    flow.At(pointer),
                    $"{host} processes health data for this flow without storing it, and {what}. R1111-9 of the Code de la santé publique also covers operating the information system that processes health data (HDS activity 5), so the committee should confirm that transient processing needs no HDS host, or choose a certified one and record it in destination.hostingCertification.");
            }
        }
    }

    /// <summary>Where and why the certification falls short, or null when it is a valid HDS certificate.</summary>
    private static (string Pointer, string What)? Problem(Artefact flow, DateTime today)
    {
        const string certification = "/destination/hostingCertification";
        var type = DataFlowFacts.CertificationType(flow);
        if (type is null)
        {
            return (certification, "no hosting certification is declared");
        }

        if (type is not (DataFlowFacts.Hds or DataFlowFacts.HdsSecNumCloud))
        {
            return (certification + "/type", $"its certification is '{type}', not HDS");
        }

        return flow.Root.Date("destination", "hostingCertification", "validUntil") switch
        {
            null => (certification + "/validUntil", "the HDS certificate's validUntil is not recorded"),
            var until when until < today => (certification + "/validUntil", $"its HDS certificate expired on {until:yyyy-MM-dd}"),
            _ => null,
        };
    }
}
