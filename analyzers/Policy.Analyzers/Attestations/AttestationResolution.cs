using System;
using Policy.Analyzers.Policies;

namespace Policy.Analyzers.Attestations
{
    internal enum AttestationState
    {
        /// <summary>No artefact has the id (HP002).</summary>
        Unknown,

        /// <summary>The id belongs to an artefact of another kind (HP002).</summary>
        WrongKind,

        /// <summary>The artefact exists but is not approved (HP003).</summary>
        Unapproved,

        Approved,
    }

    /// <summary>What an attestation's id resolves to in the policy index.</summary>
    internal static class AttestationResolution
    {
        public static (AttestationState State, PolicyArtefact? Artefact) Resolve(Attestation attestation, PolicyIndex index)
        {
            var artefact = attestation.Id is null ? null : index.Find(attestation.Id);
            if (artefact is null)
            {
                return (AttestationState.Unknown, null);
            }

            if (!string.Equals(artefact.Kind, attestation.ExpectedKind, StringComparison.Ordinal))
            {
                return (AttestationState.WrongKind, artefact);
            }

            return (index.IsApproved(artefact) ? AttestationState.Approved : AttestationState.Unapproved, artefact);
        }
    }
}
