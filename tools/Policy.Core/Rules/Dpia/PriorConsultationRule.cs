using System.Globalization;
using Policy.Core.Catalog;
using Policy.Core.Findings;
using Policy.Core.Model;

namespace Policy.Core.Rules.Dpia;

/// <summary>
/// XR-DPIA-04: when a residual risk (or a FRIA specific risk) stays high, the CNIL is consulted
/// before processing (GDPR Art. 36(1)), and the Dpia is not approved while that consultation is
/// pending or was refused. "High" is the organisation's <c>residualRiskThreshold</c>.
/// </summary>
public sealed class PriorConsultationRule : IRepositoryRule
{
    public static RuleDescriptor Descriptor { get; } = new(
        "XR-DPIA-04", "dpia", Severity.Error,
        "A Dpia with a high residual risk records a prior consultation of the CNIL, and is not approved while it is pending.",
        "GDPR Art. 36(1); CNIL PIA gauges (threshold in rules configuration)");

    public IReadOnlyList<RuleDescriptor> Descriptors { get; } = [Descriptor];

    public void Check(RuleContext context)
    {
        var threshold = context.Settings.Policies.ResidualRiskThreshold;
        foreach (var dpia in context.Repository.OfKind(ArtefactKinds.Dpia))
        {
            var high = HighRisks(dpia, threshold).ToList();
            if (high.Count == 0)
            {
                continue;
            }

            var rule = $"residual severity ≥ {threshold.Severity} and likelihood ≥ {threshold.Likelihood}, or severity ≥ {threshold.SeverityAlone}";
            var related = high.Select(h => new RelatedLocation(dpia.At(h.Pointer), $"high residual risk '{h.Name}' (severity {h.Severity}, likelihood {h.Likelihood})")).ToArray();
            var outcome = dpia.Root.Property("priorConsultation") is null ? null : dpia.Root.String("priorConsultation", "outcome") ?? "unknown";
            if (outcome is null)
            {
                context.Report(
                    Descriptor,
                    dpia.At(high[0].Pointer),
                    $"Dpia '{dpia.Id}' keeps {high.Count} high residual risk(s) ({rule}; residualRiskThreshold in Governance policies), so the CNIL must be consulted before the processing starts (GDPR Art. 36(1)). Add measures that lower the residual gauges, or record priorConsultation with its submission date and outcome.",
                    related);
            }
            else if (outcome is "pending" or "refusal" && context.Approvals.IsApproved(dpia))
            {
                context.Report(
                    Descriptor,
                    dpia.At("/priorConsultation/outcome"),
                    $"Dpia '{dpia.Id}' is approved while the CNIL prior consultation is '{outcome}' (GDPR Art. 36: processing waits for the authority's advice). Withdraw the approval until the consultation concludes, then approve the Dpia with its outcome recorded.",
                    related);
            }
        }
    }

    private static IEnumerable<(string Pointer, string Name, int Severity, int Likelihood)> HighRisks(Artefact dpia, (int Severity, int Likelihood, int SeverityAlone) threshold)
    {
        var index = 0;
        foreach (var risk in dpia.Root.Items("risks"))
        {
            if (Gauges(risk.Property("residual")) is { } gauges && IsHigh(gauges, threshold))
            {
                yield return ($"/risks/{index}/residual", risk.String("id") ?? risk.String("kind") ?? Index(index), gauges.Severity, gauges.Likelihood);
            }

            index++;
        }

        index = 0;
        foreach (var risk in dpia.Root.Items("fundamentalRights", "specificRisks"))
        {
            if (Gauges(risk) is { } gauges && IsHigh(gauges, threshold))
            {
                yield return ($"/fundamentalRights/specificRisks/{index}", risk.String("right") ?? Index(index), gauges.Severity, gauges.Likelihood);
            }

            index++;
        }
    }

    private static (int Severity, int Likelihood)? Gauges(System.Text.Json.JsonElement? element) =>
        element?.Number("severity") is { } severity && element?.Number("likelihood") is { } likelihood ? ((int)severity, (int)likelihood) : null;

    private static bool IsHigh((int Severity, int Likelihood) gauges, (int Severity, int Likelihood, int SeverityAlone) threshold) =>
        (gauges.Severity >= threshold.Severity && gauges.Likelihood >= threshold.Likelihood) || gauges.Severity >= threshold.SeverityAlone;

    private static string Index(int index) => "#" + index.ToString(CultureInfo.InvariantCulture);
}
