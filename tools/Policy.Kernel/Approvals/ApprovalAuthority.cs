// Whose approvals count, and whether they must be signed: read from one Governance version. For the
// Governance itself that is the version it replaces, so nobody can name themselves (or add their own
// key) and approve that change with it.
using System;
using Policy.Kernel.Artefacts;
using Policy.Kernel.Json;

namespace Policy.Kernel.Approvals
{
    public sealed class ApprovalAuthority
    {
        private ApprovalAuthority(RoleHolders holders, bool signaturesRequired, string governanceVersion)
        {
            Holders = holders;
            SignaturesRequired = signaturesRequired;
            GovernanceName = governanceVersion;
        }

        public RoleHolders Holders { get; }

        /// <summary>Governance <c>policies.approvalSignatures</c> is <c>required</c> (the default is optional).</summary>
        public bool SignaturesRequired { get; }

        /// <summary>Which Governance names the holders, for messages.</summary>
        public string GovernanceName { get; }

        /// <summary>
        /// The authority a Governance version gives; null when it has no <c>roles</c> object (which the schema
        /// requires, so such a file already fails validation): then no holder can be checked.
        /// </summary>
        public static ApprovalAuthority? From(IArtefactView governance)
        {
            var root = governance.Root;
            if (root.At("roles") is not { Kind: JsonNodeKind.Object })
            {
                return null;
            }

            var required = string.Equals(root.StringAt("policies", "approvalSignatures"), "required", StringComparison.Ordinal);
            // The version is left out of messages on purpose: which version judges can depend on how much Git
            // history a checkout has, and the same holders should read the same way in every clone.
            return new ApprovalAuthority(RoleHolders.From(root), required, $"Governance '{governance.Id}'");
        }
    }
}
