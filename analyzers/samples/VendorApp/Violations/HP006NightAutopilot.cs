using Cardiolabs.EcgAssist.Compliant;
using Policy.Annotations;

namespace Cardiolabs.EcgAssist.Violations;

/// <summary>HP006: the named oversight is approved but its mode is "none" for a decision with significant effect.</summary>
public sealed class NightTriage
{
    [AutomatedDecision]
    [HumanOversight("ho-ecg-night-autopilot")]
    public TriagePriority Prioritise(EcgFindings findings) =>
        findings.AtrialFibrillationProbability >= 0.8 ? TriagePriority.Urgent : TriagePriority.Routine;
}
