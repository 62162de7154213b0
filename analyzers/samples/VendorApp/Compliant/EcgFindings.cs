using Policy.Annotations;

namespace Cardiolabs.EcgAssist.Compliant;

/// <summary>What the ElectroRead inference API finds in a resting ECG: health data, declared as such.</summary>
[HealthData("health.diagnosis")]
public sealed record EcgFindings(string Rhythm, int HeartRate, double AtrialFibrillationProbability, string[] Abnormalities);

public enum TriagePriority
{
    Routine,
    Urgent,
}
