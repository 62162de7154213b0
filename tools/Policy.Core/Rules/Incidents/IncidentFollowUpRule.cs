using Policy.Core.Catalog;
using Policy.Core.Findings;
using Policy.Core.Model;

namespace Policy.Core.Rules.Incidents;

/// <summary>
/// XR-INC-05 (while a serious incident is open, use is suspended or continued by an approved decision) and
/// XR-INC-06 (closing a serious incident needs its root cause and every corrective action done).
/// Refusing a release that includes the system is `policy release`'s job.
/// </summary>
public sealed class IncidentFollowUpRule : IRepositoryRule
{
    public static RuleDescriptor Suspension { get; } = new(
        "XR-INC-05", "incidents", Severity.Error,
        "While a serious incident is open, use of the system is suspended or continues under an approved decision (an Approval of the Incident).",
        "AI Act Art. 26(5)");

    public static RuleDescriptor Closure { get; } = new(
        "XR-INC-06", "incidents", Severity.Error,
        "A serious incident is closed only with its rootCause recorded and every corrective action done.",
        "AI Act Art. 73(6), 20");

    public IReadOnlyList<RuleDescriptor> Descriptors { get; } = [Suspension, Closure];

    public void Check(RuleContext context)
    {
        foreach (var incident in context.Repository.OfKind(ArtefactKinds.Incident).Where(IncidentFacts.IsSerious))
        {
            if (IncidentFacts.IsClosed(incident))
            {
                CheckClosure(context, incident);
            }
            else if (!IsSuspendedToday(incident, context.Today) && !context.Approvals.IsApproved(incident))
            {
                var status = incident.Root.String("status") ?? "open";
                context.Report(
                    Suspension,
                    incident.At("/useSuspended/suspended"),
                    $"serious incident '{incident.Id}' is {status} and use of '{incident.System}' is not suspended; a deployer who has reason to consider that the system presents a risk suspends its use (AI Act Art. 26(5)). Suspend use (useSuspended.suspended true, from), or have the committee decide to continue: record an Approval of this Incident's current content.",
                    new RelatedLocation(incident.At("/status"), $"status {status}"));
            }
        }
    }

    private static bool IsSuspendedToday(Artefact incident, DateTime today) =>
        incident.Root.Bool("useSuspended", "suspended") == true
        && (incident.Root.Moment("useSuspended", "to") is not { } end || end >= new DateTimeOffset(today, TimeSpan.Zero));

    private static void CheckClosure(RuleContext context, Artefact incident)
    {
        var closed = new RelatedLocation(incident.At("/status"), "closed");
        if (string.IsNullOrWhiteSpace(incident.Root.String("rootCause")))
        {
            context.Report(
                Closure,
                incident.At("/rootCause"),
                $"serious incident '{incident.Id}' is closed without a rootCause; the investigation of a serious incident establishes its cause (AI Act Art. 73(6)). Record the root cause, or reopen the incident.",
                closed);
        }

        var index = 0;
        foreach (var action in incident.Root.Items("correctiveActions"))
        {
            if (action.String("status") is { } status && status != "done")
            {
                context.Report(
                    Closure,
                    incident.At($"/correctiveActions/{index}/status"),
                    $"serious incident '{incident.Id}' is closed while corrective action {index + 1} is '{status}' (AI Act Art. 20, 73(6)). Finish it and mark it done, or reopen the incident.",
                    closed);
            }

            index++;
        }
    }
}
