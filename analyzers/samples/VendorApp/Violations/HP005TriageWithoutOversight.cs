using Cardiolabs.EcgAssist.Compliant;
using Policy.Annotations;

namespace Cardiolabs.EcgAssist.Violations;

/// <summary>HP005: an automated care decision with no [HumanOversight]. Fixed form: Compliant/TriageService.cs.</summary>
public sealed class UnreviewedTriage
{
    [AutomatedDecision]
    public TriagePriority Prioritise(EcgFindings findings) =>
        findings.AtrialFibrillationProbability >= 0.8 ? TriagePriority.Urgent : TriagePriority.Routine;
}
