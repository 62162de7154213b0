using Policy.Core.Catalog;
using Policy.Core.Findings;
using Policy.Core.Model;

namespace Policy.Core.Rules.Incidents;

/// <summary>XR-INC-04: a personal data breach is notified to the CNIL within 72 hours of awareness, unless documented as unlikely to result in a risk.</summary>
public sealed class DataBreachRule : IRepositoryRule
{
    public static RuleDescriptor Descriptor { get; } = new(
        "XR-INC-04", "incidents", Severity.Error,
        "A personal data breach is notified to the CNIL within the configured window (72 hours) of detection, unless the incident documents why it is unlikely to result in a risk.",
        "GDPR Art. 33(1), 33(5)");

    public IReadOnlyList<RuleDescriptor> Descriptors { get; } = [Descriptor];

    public void Check(RuleContext context)
    {
        foreach (var incident in context.Repository.OfKind(ArtefactKinds.Incident))
        {
            if (incident.Root.Bool("personalDataBreach", "isBreach") != true
                || !string.IsNullOrWhiteSpace(incident.Root.String("personalDataBreach", "notificationNotRequiredReason"))
                || incident.Root.Moment("detectedAt") is not { } detected)
            {
                continue;
            }

            var window = context.Settings.Policies.IncidentWindow("personalDataBreach");
            var deadline = window.AddTo(detected);
            var notified = new[] { incident.Root.Moment("personalDataBreach", "cnilNotifiedAt") }
                .Concat(IncidentFacts.Reports(incident).Where(r => r.To == "cnil").Select(r => r.SentAt))
                .Where(m => m is not null)
                .Min();
            var breach = new RelatedLocation(incident.At("/personalDataBreach/isBreach"), "personal data breach");
            switch (IncidentFacts.Judge(deadline, notified, context.Today))
            {
                case ReportTiming.Overdue:
                    context.Report(
                        Descriptor,
                        incident.At("/personalDataBreach/cnilNotifiedAt"),
                        $"personal data breach '{incident.Id}' had to be notified to the CNIL by {deadline.ToUtcText()} ({window} after detection, GDPR Art. 33(1)) and no notification is recorded. Notify the CNIL now and record cnilNotifiedAt, or document in notificationNotRequiredReason why the breach is unlikely to result in a risk to people (Art. 33(5)).",
                        breach);
                    break;
                case ReportTiming.Late when !IncidentFacts.IsClosed(incident):
                    context.Report(
                        Descriptor,
                        incident.At("/personalDataBreach/cnilNotifiedAt"),
                        $"personal data breach '{incident.Id}' was notified to the CNIL at {notified!.Value.ToUtcText()}, after the {window} deadline {deadline.ToUtcText()} (GDPR Art. 33(1)); a late notification must give the reasons for the delay. Record those reasons in the description; the finding ends when the incident is closed.",
                        breach);
                    break;
            }
        }
    }
}
