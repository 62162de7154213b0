using Policy.Core.Model;
using Policy.Core.Rules.Configuration;

namespace Policy.Core.Rules.SystemCards;

/// <summary>
/// When the AI Act's duties for a high-risk system apply, and to whom: Annex III systems (Art. 6(2))
/// from the general date of application, Annex I products such as medical devices (Art. 6(1)) a year
/// later (Art. 113); deployer duties (Art. 26, 49(3)) reach the organisation when it deploys the system.
/// </summary>
public static class HighRiskDuties
{
    /// <summary>The date from which the high-risk duties apply to this card; null when it is not high-risk or its basis is unknown.</summary>
    public static DateTime? ApplyFrom(Artefact card, RulesConfiguration policies)
    {
        if (card.Root.String("aiAct", "riskClass") != "high-risk")
        {
            return null;
        }

        return card.Root.String("aiAct", "basis") switch
        {
            "annex-iii" => policies.AiActDate("annexIIIHighRisk"),
            "annex-i-mdr" or "annex-i-ivdr" => policies.AiActDate("annexIHighRisk"),
            _ => null,
        };
    }

    /// <summary>True when the organisation deploys the system (deployer, or provider and deployer).</summary>
    public static bool IsDeployer(Artefact card) => card.Root.String("aiActRole") is "deployer" or "provider-and-deployer";
}
