using System;
using System.Collections.Generic;
using Policy.Kernel.Artefacts;
using Policy.Kernel.Json;

namespace Policy.Kernel.Governance
{
    /// <summary>
    /// What the Governance's <c>x-analyzers</c> tells the analyzers, read only from a Governance in
    /// force: de-identification methods whose results are not health data, and data-classification
    /// attributes that mean health data.
    /// </summary>
    public sealed class AnalyzerSettings
    {
        private AnalyzerSettings(IReadOnlyList<string> sanitizers, IReadOnlyDictionary<string, string> healthClassifications)
        {
            Sanitizers = sanitizers;
            HealthClassifications = healthClassifications;
        }

        /// <summary>Methods as <c>Namespace.Type.Method</c>.</summary>
        public IReadOnlyList<string> Sanitizers { get; }

        /// <summary>Attribute full names, with the health category each means.</summary>
        public IReadOnlyDictionary<string, string> HealthClassifications { get; }

        public static AnalyzerSettings From(GovernanceGate gate)
        {
            var settings = gate.AnalyzerSettings;
            var classifications = new Dictionary<string, string>(StringComparer.Ordinal);
            if (settings.At("healthClassifications") is { Kind: JsonNodeKind.Object } map)
            {
                foreach (var member in map.Members)
                {
                    classifications[member.Key] = member.Value.StringValue ?? DataCategories.HealthRoot;
                }
            }

            return new AnalyzerSettings(settings.StringsAt("sanitizers"), classifications);
        }
    }
}
