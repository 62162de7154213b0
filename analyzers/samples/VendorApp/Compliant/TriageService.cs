using Policy.Annotations;

namespace Cardiolabs.EcgAssist.Compliant;

/// <summary>Orders the cardiologist's worklist: an automated decision under approved oversight (fixes HP005, HP006).</summary>
public sealed class TriageService
{
    [AutomatedDecision]
    [HumanOversight("ho-ecg-cardiologist-review")]
    public TriagePriority Prioritise(EcgFindings findings) =>
        findings.AtrialFibrillationProbability >= 0.8 || findings.HeartRate is < 40 or > 150
            ? TriagePriority.Urgent
            : TriagePriority.Routine;
}
