using Policy.Core.Catalog;
using Policy.Core.Findings;
using Policy.Core.Model;

namespace Policy.Core.Rules.Incidents;

/// <summary>XR-INC-07: an incident's triggeredBy names a monitoring indicator of its system's card.</summary>
public sealed class TriggeringIndicatorRule : IRepositoryRule
{
    public static RuleDescriptor Descriptor { get; } = new(
        "XR-INC-07", "incidents", Severity.Error,
        "An incident's triggeredBy names an existing monitoring indicator of its system's SystemCard.",
        "AI Act Art. 72 (post-market monitoring); CNIL/HAS guide (monitoring indicators)");

    public IReadOnlyList<RuleDescriptor> Descriptors { get; } = [Descriptor];

    public void Check(RuleContext context)
    {
        foreach (var incident in context.Repository.OfKind(ArtefactKinds.Incident))
        {
            if (incident.Root.String("triggeredBy") is not { } indicator || IncidentFacts.SystemCardOf(context.Repository, incident) is not { } card)
            {
                continue; // a dangling system is XR-REF-01's
            }

            var ids = card.Root.Items("monitoring", "indicators").Select(i => i.String("id")).OfType<string>().ToList();
            if (!ids.Contains(indicator, StringComparer.Ordinal))
            {
                var known = ids.Count == 0 ? "it declares none" : "it declares " + string.Join(", ", ids);
                context.Report(
                    Descriptor,
                    incident.At("/triggeredBy"),
                    $"incident '{incident.Id}' says it was triggered by indicator '{indicator}', which the SystemCard of '{card.Id}' does not declare ({known}); post-market monitoring ties each alert to a declared indicator (AI Act Art. 72). Correct triggeredBy, or add the indicator to monitoring.indicators.",
                    new RelatedLocation(card.At("/monitoring/indicators"), "the declared indicators"));
            }
        }
    }
}
