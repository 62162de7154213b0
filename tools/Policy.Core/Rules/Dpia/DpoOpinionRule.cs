using Policy.Core.Catalog;
using Policy.Core.Findings;
using Policy.Core.Model;

namespace Policy.Core.Rules.Dpia;

/// <summary>
/// XR-DPIA-11: the controller seeks the DPO's advice on the DPIA (GDPR Art. 35(2), 39(1)(c)) but may
/// depart from it; when a Dpia is approved although the DPO's opinion is unfavourable, the Dpia records
/// why (<c>dpoOpinion.departureReasons</c>): "the DPIA documentation should specifically justify in
/// writing why the advice has not been taken into account" (Article 29 Working Party guidelines on
/// DPOs, WP243 rev.01, §4.2). A Dpia not yet approved has not departed from anything.
/// </summary>
public sealed class DpoOpinionRule : IRepositoryRule
{
    public static RuleDescriptor Descriptor { get; } = new(
        "XR-DPIA-11", "dpia", Severity.Error,
        "A Dpia approved although the DPO's opinion is unfavourable records the controller's reasons for departing from it (dpoOpinion.departureReasons).",
        "GDPR Art. 35(2), 39(1)(c); Article 29 Working Party guidelines on DPOs (WP243 rev.01), §4.2");

    public IReadOnlyList<RuleDescriptor> Descriptors { get; } = [Descriptor];

    public void Check(RuleContext context)
    {
        foreach (var dpia in context.Repository.OfKind(ArtefactKinds.Dpia))
        {
            if (dpia.Root.Bool("dpoOpinion", "favourable") != false
                || !string.IsNullOrWhiteSpace(dpia.Root.String("dpoOpinion", "departureReasons"))
                || !context.Approvals.IsApproved(dpia))
            {
                continue;
            }

            var approval = context.Approvals.StatusOf(dpia)?.Approval?.Id is { } id ? context.Approvals.ApprovalFile(id) : null;
            var related = approval is null ? [] : new[] { new RelatedLocation(approval.At("/decision"), $"approved by '{approval.Id}'") };
            context.Report(
                Descriptor,
                dpia.At("/dpoOpinion/departureReasons"),
                $"Dpia '{dpia.Id}' is approved although the DPO's opinion ({dpia.Root.String("dpoOpinion", "name") ?? "DPO"}, {dpia.Root.String("dpoOpinion", "date") ?? "undated"}) is unfavourable, and it does not say why the controller departs from it. The controller must seek the DPO's advice (GDPR Art. 35(2), 39(1)(c)) and, when not following it, justify that in writing in the DPIA (WP243 rev.01, §4.2). Record the reasons in dpoOpinion.departureReasons, or revise the DPIA until the DPO can give a favourable opinion.",
                related);
        }
    }
}
