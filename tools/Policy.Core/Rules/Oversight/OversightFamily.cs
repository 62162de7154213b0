namespace Policy.Core.Rules.Oversight;

/// <summary>The human-oversight rules (XR-HO-01..06).</summary>
internal static class OversightFamily
{
    public const string Name = "oversight";

    public const string HighRisk = "high-risk";
}
