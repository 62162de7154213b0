namespace Policy.Core.Model;

/// <summary>
/// The SystemCard life-cycle stages (CNIL/HAS) and the groupings the rules use
/// ("stage ≥ deployment" means deployment, use, performance-monitoring or maintenance).
/// </summary>
public static class LifecycleStages
{
    public const string Deployment = "deployment";
    public const string Decommissioned = "decommissioned";

    private static readonly HashSet<string> DeployedOrLater = new(StringComparer.Ordinal) { Deployment, "use", "performance-monitoring", "maintenance" };
    private static readonly HashSet<string> Service = new(StringComparer.Ordinal) { "use", "performance-monitoring", "maintenance" };

    /// <summary>Deployment, use, performance-monitoring or maintenance.</summary>
    public static bool IsDeployedOrLater(string? stage) => stage is not null && DeployedOrLater.Contains(stage);

    /// <summary>Use, performance-monitoring or maintenance: the system is used in care.</summary>
    public static bool IsInService(string? stage) => stage is not null && Service.Contains(stage);

    public static string? StageOf(Artefact systemCard) => systemCard.Root.String("lifecycleStage");
}
