using Policy.Core.Model;

namespace Policy.Core.Rules;

/// <summary>
/// Secondary use: data collected for care reused for research, for statistics, or to train or improve
/// an AI system (GDPR Art. 5(1)(b), 89; EHDS Art. 71). One definition for the Dpia purposes, the
/// DataFlows and the patient notices that must tell of it.
/// </summary>
public static class SecondaryUse
{
    /// <summary>The taxonomy purposes (and their children) that are a reuse of care data.</summary>
    public static IReadOnlyList<string> Purposes { get; } = ["research", "statistics", "train-ai-system"];

    /// <summary>The purposes of GDPR Art. 89(1) and 9(2)(j): scientific research and statistics.</summary>
    public static IReadOnlyList<string> ResearchPurposes { get; } = ["research", "statistics"];

    public static bool IsSecondary(Taxonomy taxonomy, string? purpose) =>
        purpose is not null && Purposes.Any(p => taxonomy.PurposeCovers(p, purpose));

    public static bool IsResearch(Taxonomy taxonomy, string? purpose) =>
        purpose is not null && ResearchPurposes.Any(p => taxonomy.PurposeCovers(p, purpose));
}
