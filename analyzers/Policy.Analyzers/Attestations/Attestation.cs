using Microsoft.CodeAnalysis;

namespace Policy.Analyzers.Attestations
{
    /// <summary>One [AiSystem], [DataFlow] or [HumanOversight] in the code, with the artefact kind it must name.</summary>
    internal sealed class Attestation
    {
        public Attestation(string attributeName, string expectedKind, string? id, Location location)
        {
            AttributeName = attributeName;
            ExpectedKind = expectedKind;
            Id = id;
            Location = location;
        }

        /// <summary>AiSystem, DataFlow or HumanOversight.</summary>
        public string AttributeName { get; }

        /// <summary>SystemCard, DataFlow or HumanOversight.</summary>
        public string ExpectedKind { get; }

        /// <summary>The id argument, or null when it is not a constant.</summary>
        public string? Id { get; }

        public Location Location { get; }
    }
}
