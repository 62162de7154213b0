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
            GovernanceVersion = governanceVersion;
        }

        public RoleHolders Holders { get; }

        /// <summary>Governance <c>policies.approvalSignatures</c> is <c>required</c> (the default is optional).</summary>
        public bool SignaturesRequired { get; }

        /// <summary>Which Governance version names the holders, for messages (<c>'id' 2.1.0</c>).</summary>
        public string GovernanceVersion { get; }

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
            var version = root.StringAt("version");
            return new ApprovalAuthority(RoleHolders.From(root), required, $"Governance '{governance.Id}'{(version is null ? string.Empty : " " + version)}");
        }
    }
}
