using Microsoft.Extensions.Logging;

namespace Cardiolabs.EcgAssist.Compliant;

/// <summary>One ECG through the service. Logs say what happened, never what the ECG shows (fixes HP007).</summary>
public sealed class EcgPipeline(RecordReader records, EcgInferenceClient inference, TriageService triage, ReportDrafter drafter, ILogger<EcgPipeline> logger)
{
    public async Task<bool> RunAsync(string observationId, CancellationToken ct)
    {
        var ecg = await records.ReadEcgAsync(observationId, ct);
        if (ecg is null)
        {
            logger.LogWarning("ECG not found on the FHIR server");
            return false;
        }

        var findings = await inference.AnalyseAsync(ecg, ct);
        var priority = triage.Prioritise(findings);
        logger.LogInformation("ECG analysed, worklist priority {Priority}", priority);
        var report = await drafter.DraftAndFileAsync(ecg, findings, ct);
        logger.LogInformation("Signed report filed: {Filed}", report is not null);
        return report is not null;
    }
}
