using System.Globalization;
using Policy.Core.Catalog;
using Policy.Core.Findings;
using Policy.Core.Model;

namespace Policy.Core.Rules.Dpia;

/// <summary>
/// XR-DPIA-09: a Dpia is reviewed at least every <c>dpiaReviewInterval</c> (GDPR Art. 35(11)), so its
/// <c>reviewDue</c> is no later than its last approval decision plus that interval. The last approval
/// is the one the shared approval rule settles on, unless it is a rejection; a Dpia nobody approved has
/// nothing to measure from.
/// </summary>
public sealed class ReviewIntervalRule : IRepositoryRule
{
    public static RuleDescriptor Descriptor { get; } = new(
        "XR-DPIA-09", "dpia", Severity.Warning,
        "A Dpia's reviewDue falls within the configured DPIA review interval of its last approval.",
        "GDPR Art. 35(11); CNIL (review at least every three years; interval in rules configuration)");

    public IReadOnlyList<RuleDescriptor> Descriptors { get; } = [Descriptor];

    public void Check(RuleContext context)
    {
        var interval = context.Settings.Policies.DpiaReviewInterval;
        foreach (var dpia in context.Repository.OfKind(ArtefactKinds.Dpia))
        {
            var approval = context.Approvals.StatusOf(dpia)?.Approval;
            if (approval is null || approval.Decision == "rejected" || approval.LatestDecision is not { } decided || dpia.ReviewDue is not { } reviewDue)
            {
                continue;
            }

            var latest = interval.AddTo(decided);
            if (reviewDue > latest)
            {
                var approvalFile = context.Approvals.ApprovalFile(approval.Id);
                var related = approvalFile is null ? [] : new[] { new RelatedLocation(approvalFile.At("/approvers"), $"approval '{approval.Id}', decided {Day(decided)}") };
                context.Report(
                    Descriptor,
                    dpia.At("/reviewDue"),
                    $"Dpia '{dpia.Id}' is next reviewed on {Day(reviewDue)}, more than {interval} (dpiaReviewInterval in Governance policies) after its last approval on {Day(decided)} (GDPR Art. 35(11): review the assessment regularly and when the risk changes). Set reviewDue to {Day(latest)} or earlier.",
                    related);
            }
        }
    }

    private static string Day(DateTime date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
