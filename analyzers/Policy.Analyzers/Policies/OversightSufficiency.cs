// HumanOversight mode "none" is allowed only where no decision with significant effect is made
// (GDPR Art. 22) and the system is not high-risk (AI Act Art. 14).
using System;
using System.Collections.Generic;

namespace Policy.Analyzers.Policies
{
    internal static class OversightSufficiency
    {
        /// <summary>The decisions whose mode is insufficient, each with the reason; empty when the declaration suffices.</summary>
        public static IReadOnlyList<(string DecisionId, string Reason)> Insufficient(PolicyArtefact oversight, PolicyIndex index)
        {
            var found = new List<(string, string)>();
            var systemCard = oversight.System is { } system ? index.Find(system) : null;
            var highRisk = systemCard is not null
                && string.Equals(systemCard.Kind, "SystemCard", StringComparison.Ordinal)
                && string.Equals(systemCard.RiskClass, "high-risk", StringComparison.Ordinal);
            foreach (var decision in oversight.Root["decisions"]?.Items ?? Array.Empty<Json.JsonValue>())
            {
                if (!string.Equals(decision["mode"]?.AsString, "none", StringComparison.Ordinal))
                {
                    continue;
                }

                var id = decision["id"]?.AsString ?? "(unnamed)";
                if (decision["significantEffect"]?.Kind == Kernel.Json.JsonNodeKind.True)
                {
                    found.Add((id, "has significant effect"));
                }
                else if (highRisk)
                {
                    found.Add((id, $"belongs to high-risk system '{systemCard!.Id}'"));
                }
            }

            return found;
        }
    }
}
