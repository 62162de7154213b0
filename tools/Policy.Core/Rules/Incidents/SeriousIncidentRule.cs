using Policy.Core.Catalog;
using Policy.Core.Findings;
using Policy.Core.Model;

namespace Policy.Core.Rules.Incidents;

/// <summary>
/// XR-INC-01: a serious incident is categorised, its causal link assessed, and, when the organisation is
/// the deployer, the provider is informed within the "immediately" window (incidentReporting.providerNotification).
/// </summary>
public sealed class SeriousIncidentRule : IRepositoryRule
{
    public static RuleDescriptor Descriptor { get; } = new(
        "XR-INC-01", "incidents", Severity.Error,
        "A serious incident has a seriousCategory and a causalLink, and a deployer informs the provider within the configured 'immediately' window.",
        "AI Act Art. 3(49), 26(5)");

    public IReadOnlyList<RuleDescriptor> Descriptors { get; } = [Descriptor];

    public void Check(RuleContext context)
    {
        foreach (var incident in context.Repository.OfKind(ArtefactKinds.Incident).Where(IncidentFacts.IsSerious))
        {
            var serious = new RelatedLocation(incident.At("/severity"), "serious incident");
            if (incident.Root.String("seriousCategory") is null)
            {
                context.Report(
                    Descriptor,
                    incident.At("/seriousCategory"),
                    $"serious incident '{incident.Id}' has no seriousCategory; the category (death or serious harm to health, critical infrastructure, fundamental rights, property or environment, AI Act Art. 3(49)(a)-(d)) decides the reporting deadline and authority. Record it.",
                    serious);
            }

            if (incident.Root.Path("causalLink") is null)
            {
                context.Report(
                    Descriptor,
                    incident.At("/causalLink"),
                    $"serious incident '{incident.Id}' has no causalLink; reporting starts once a causal link with the AI system is established or reasonably likely (AI Act Art. 73(2)). Record its status (suspected, established or excluded).",
                    serious);
            }

            CheckProviderInformed(context, incident, serious);
        }
    }

    private static void CheckProviderInformed(RuleContext context, Artefact incident, RelatedLocation serious)
    {
        var card = IncidentFacts.SystemCardOf(context.Repository, incident);
        if (card?.Root.String("aiActRole") != "deployer" || incident.Root.Moment("detectedAt") is not { } detected)
        {
            return;
        }

        var window = context.Settings.Policies.IncidentWindow("providerNotification");
        var deadline = window.AddTo(detected);
        var deployer = new RelatedLocation(card.At("/aiActRole"), "the organisation is the deployer");
        var toProvider = IncidentFacts.Reports(incident).Where(r => r.To == "provider").ToList();
        if (toProvider.Count == 0)
        {
            context.Report(
                Descriptor,
                incident.At("/reports"),
                $"serious incident '{incident.Id}' records no report to the provider of '{card.Id}'; a deployer informs the provider immediately (AI Act Art. 26(5); here within {window}, by {deadline.ToUtcText()}). Inform the vendor and add a report with \"to\": \"provider\" and its sentAt.",
                serious,
                deployer);
            return;
        }

        var first = toProvider.OrderBy(r => r.SentAt ?? DateTimeOffset.MaxValue).First();
        switch (IncidentFacts.Judge(deadline, first.SentAt, context.Today))
        {
            case ReportTiming.Overdue:
                context.Report(
                    Descriptor,
                    incident.At(first.Pointer + "/sentAt"),
                    $"the provider of '{card.Id}' had to be informed of serious incident '{incident.Id}' by {deadline.ToUtcText()} (immediately, AI Act Art. 26(5); window {window}) and the report has no sentAt. Inform the vendor now and record sentAt.",
                    deployer);
                break;
            case ReportTiming.Late when !IncidentFacts.IsClosed(incident):
                context.Report(
                    Descriptor,
                    incident.At(first.Pointer + "/sentAt"),
                    $"the provider of '{card.Id}' was informed of serious incident '{incident.Id}' at {first.SentAt!.Value.ToUtcText()}, after the {window} window ended at {deadline.ToUtcText()} (immediately, AI Act Art. 26(5)). Record why in the description and what prevents a delay next time; the finding ends when the incident is closed.",
                    deployer);
                break;
        }
    }
}
