using Policy.Core.Findings;
using Policy.Core.Model;

namespace Policy.Core.Rules.Fria;

/// <summary>What the FRIA rules read: whether AI Act Art. 27 reaches the organisation, and a FRIA block's gaps.</summary>
public static class FriaFacts
{
    /// <summary>
    /// Art. 27(1): deployers that are bodies governed by public law or private entities providing
    /// public services. The pointer is the Governance field that says so; null when neither is true.
    /// </summary>
    public static RelatedLocation? PublicDeployer(PolicyRepository repository) =>
        OrganisationFacts.PublicBody(repository)
        ?? OrganisationFacts.Says(repository, "providesPublicService", "the organisation provides a public service");

    /// <summary>Annex III point 2 (critical infrastructure) is outside Art. 27(1).</summary>
    public static bool IsAnnexIIIOutsidePoint2(Artefact card)
    {
        if (card.Root.String("aiAct", "basis") != "annex-iii")
        {
            return false;
        }

        var point = card.Root.String("aiAct", "annexIIIPoint")?.Trim() ?? string.Empty;
        return !(point.StartsWith('2') && (point.Length == 1 || !char.IsDigit(point[1])));
    }

    public static bool IsAnnexIHighRisk(Artefact card) =>
        card.Root.String("aiAct", "riskClass") == "high-risk"
        && card.Root.String("aiAct", "basis") is "annex-i-mdr" or "annex-i-ivdr";

    /// <summary>The Art. 27(1)(a)-(f) parts a <c>fundamentalRights</c> block lacks (empty when complete); null when there is no block.</summary>
    public static IReadOnlyList<string>? MissingParts(Artefact dpia)
    {
        if (dpia.Root.Property("fundamentalRights") is not { } fria)
        {
            return null;
        }

        var missing = new List<string>();
        void Text(string name, string part, params string[] path)
        {
            if (string.IsNullOrWhiteSpace(fria.String(path)))
            {
                missing.Add($"{name} ({part})");
            }
        }

        Text("deployerProcesses", "27(1)(a)", "deployerProcesses");
        Text("periodAndFrequency", "27(1)(b)", "periodAndFrequency");
        if (!fria.Strings("affectedGroups").Any(g => g.Value.Trim().Length > 0))
        {
            missing.Add("affectedGroups (27(1)(c))");
        }

        var risks = fria.Items("specificRisks").ToList();
        if (risks.Count == 0 || risks.Any(r => r.String("group") is null || r.String("right") is null || r.String("harm") is null || r.Number("severity") is null || r.Number("likelihood") is null))
        {
            missing.Add("specificRisks, each with group, right, harm, severity and likelihood (27(1)(d))");
        }

        Text("humanOversightRef", "27(1)(e)", "humanOversightRef");
        Text("materialisationMeasures.measures", "27(1)(f)", "materialisationMeasures", "measures");
        Text("materialisationMeasures.internalGovernance", "27(1)(f)", "materialisationMeasures", "internalGovernance");
        Text("materialisationMeasures.complaintMechanism", "27(1)(f)", "materialisationMeasures", "complaintMechanism");
        return missing;
    }
}
