using Policy.Core.Catalog;
using Policy.Core.Findings;
using Policy.Core.Model;

namespace Policy.Core.Rules.Incidents;

/// <summary>
/// XR-INC-02 (when: deadlines from detectedAt by category, configurable) and XR-INC-03 (to whom: device
/// vigilance rather than the AI Act authority for medical devices) for the authority reports of serious incidents.
/// </summary>
public sealed class AuthorityReportRule : IRepositoryRule
{
    public static RuleDescriptor Deadlines { get; } = new(
        "XR-INC-02", "incidents", Severity.Error,
        "A serious incident is reported to the authority within its deadline from detectedAt: 10 days for a death, 2 days for critical infrastructure or a widespread infringement, 15 days otherwise.",
        "AI Act Art. 73(2)-(4)");

    public static RuleDescriptor Direction { get; } = new(
        "XR-INC-03", "incidents", Severity.Error,
        "For a medical device, only fundamental-rights incidents go to the AI Act authority; other serious incidents go to ANSM device vigilance.",
        "AI Act Art. 73(10); MDR Art. 87 (vigilance)");

    public IReadOnlyList<RuleDescriptor> Descriptors { get; } = [Deadlines, Direction];

    public void Check(RuleContext context)
    {
        foreach (var incident in context.Repository.OfKind(ArtefactKinds.Incident).Where(IncidentFacts.IsSerious))
        {
            var card = IncidentFacts.SystemCardOf(context.Repository, incident);
            var category = incident.Root.String("seriousCategory");
            var expected = IncidentFacts.ExpectedAuthority(card, category);
            var toAuthority = IncidentFacts.Reports(incident).Where(r => r.To is { } to && IncidentFacts.AuthorityRecipients.Contains(to)).ToList();
            CheckDeadline(context, incident, category, expected, toAuthority);
            if (card is not null && toAuthority.Count > 0 && toAuthority.All(r => r.To != expected))
            {
                var wrong = toAuthority[0];
                var why = expected == "ansm-mdr-vigilance"
                    ? $"'{card.Id}' is a medical device, so a '{category ?? "serious"}' incident is reported through device vigilance to the ANSM, and only fundamental-rights infringements go to the AI Act market surveillance authority (AI Act Art. 73(10))"
                    : $"a fundamental-rights infringement is reported to the AI Act market surveillance authority, even for a medical device (AI Act Art. 73(10))";
                context.Report(
                    Direction,
                    incident.At(wrong.Pointer + "/to"),
                    $"serious incident '{incident.Id}' is reported to '{wrong.To}', but {why}. Report it to '{expected}'.",
                    new RelatedLocation(card.At("/medicalDevice/isDevice"), "medical-device status"));
            }
        }
    }

    private static void CheckDeadline(RuleContext context, Artefact incident, string? category, string expected, IReadOnlyList<IncidentReport> toAuthority)
    {
        if (incident.Root.Moment("detectedAt") is not { } detected)
        {
            return;
        }

        var key = IncidentFacts.WindowKey(category);
        var window = context.Settings.Policies.IncidentWindow(key);
        var deadline = window.AddTo(detected);
        var basis = $"{window} from detection for {(category is null ? "a serious incident" : $"category '{category}'")} (AI Act Art. 73(2)-(4); Governance policies.incidentReporting.{key})";
        var detectedAt = new RelatedLocation(incident.At("/detectedAt"), "the clock starts at detection");
        if (toAuthority.Count == 0)
        {
            if (deadline < new DateTimeOffset(context.Today, TimeSpan.Zero))
            {
                context.Report(
                    Deadlines,
                    incident.At("/reports"),
                    $"serious incident '{incident.Id}' had to be reported to the authority by {deadline.ToUtcText()} ({basis}) and no report to '{expected}' is recorded. Report it now (an initial, incomplete report is allowed, Art. 73(5)) and add it with its sentAt.",
                    detectedAt);
            }

            return;
        }

        foreach (var report in toAuthority)
        {
            switch (IncidentFacts.Judge(deadline, report.SentAt, context.Today))
            {
                case ReportTiming.Overdue:
                    context.Report(
                        Deadlines,
                        incident.At(report.Pointer + "/sentAt"),
                        $"the report of serious incident '{incident.Id}' to '{report.To}' was due by {deadline.ToUtcText()} ({basis}) and has no sentAt. Send it now (an initial report is allowed, Art. 73(5)) and record sentAt.",
                        detectedAt);
                    break;
                case ReportTiming.Late when !IncidentFacts.IsClosed(incident):
                    context.Report(
                        Deadlines,
                        incident.At(report.Pointer + "/sentAt"),
                        $"the report of serious incident '{incident.Id}' to '{report.To}' was sent at {report.SentAt!.Value.ToUtcText()}, after its deadline {deadline.ToUtcText()} ({basis}). Record why in the description; the finding ends when the incident is closed.",
                        detectedAt);
                    break;
            }

            if (report.DueBy is { } stored && stored > deadline)
            {
                context.Report(
                    Deadlines,
                    incident.At(report.Pointer + "/dueBy"),
                    $"the stored dueBy {stored.ToUtcText()} of the report to '{report.To}' is later than the legal deadline {deadline.ToUtcText()} ({basis}). Correct dueBy, or remove it and let the tool compute it.",
                    detectedAt);
            }
        }
    }
}
