using Policy.Core.Catalog;
using Policy.Core.Findings;
using Policy.Core.Model;
using Policy.Core.Rules.Dpia;

namespace Policy.Core.Rules.Fria;

/// <summary>
/// XR-FRIA-03: the human oversight a FRIA relies on (Art. 27(1)(e)) is the approved HumanOversight of
/// a system the Dpia covers. An id that names nothing, or not a HumanOversight, is XR-REF-01's.
/// </summary>
public sealed class FriaOversightRule : IRepositoryRule
{
    public static RuleDescriptor Descriptor { get; } = new(
        "XR-FRIA-03", "fria", Severity.Error,
        "fundamentalRights.humanOversightRef names the approved HumanOversight of a system the Dpia covers.",
        "AI Act Art. 27(1)(e)");

    public IReadOnlyList<RuleDescriptor> Descriptors { get; } = [Descriptor];

    public void Check(RuleContext context)
    {
        foreach (var dpia in context.Repository.OfKind(ArtefactKinds.Dpia))
        {
            if (dpia.Root.String("fundamentalRights", "humanOversightRef") is not { } reference
                || context.Repository.Find(reference, ArtefactKinds.HumanOversight) is not { } oversight)
            {
                continue;
            }

            var at = dpia.At("/fundamentalRights/humanOversightRef");
            var onOversight = new RelatedLocation(oversight.At(oversight.System is null ? string.Empty : "/system"), $"HumanOversight '{oversight.Id}'");
            var covered = DpiaFacts.CoveredSystems(dpia);
            if (oversight.System is null || !covered.Contains(oversight.System))
            {
                context.Report(
                    Descriptor,
                    at,
                    $"The FRIA of Dpia '{dpia.Id}' relies on HumanOversight '{oversight.Id}', which belongs to '{oversight.System ?? "no system"}', not to a system the Dpia covers ({string.Join(", ", covered.Order(StringComparer.Ordinal))}) (AI Act Art. 27(1)(e): the oversight measures of the system assessed). Name the HumanOversight whose system is {dpia.System ?? "the covered system"}.",
                    onOversight);
            }
            else if (!context.Approvals.IsApproved(oversight))
            {
                context.Report(
                    Descriptor,
                    at,
                    $"The FRIA of Dpia '{dpia.Id}' relies on HumanOversight '{oversight.Id}', which is not approved (AI Act Art. 27(1)(e): the assessment describes oversight measures actually in force). Record an Approval of its current content (`policy hash {oversight.File}`) by the roles the approval matrix requires.",
                    onOversight);
            }
        }
    }
}
