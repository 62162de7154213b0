namespace Cardiolabs.EcgAssist.Compliant;

/// <summary>The drafting prompt: measurements and findings only, no identity.</summary>
public static class ReportPrompt
{
    public const string Instructions =
        "You draft resting 12-lead ECG reports for a cardiologist who will correct and sign them. " +
        "Write in French, in the department's usual structure: rhythm, rate, axis, conduction, repolarisation, conclusion.";

    public static string Describe(EcgFindings findings) =>
        $"Rhythm: {findings.Rhythm}. Rate: {findings.HeartRate}/min. AF probability: {findings.AtrialFibrillationProbability:P0}. " +
        $"Abnormalities: {string.Join(", ", findings.Abnormalities)}.";
}
