// The Governance artefact sets the approval matrix, the thresholds, the severity overrides and the
// analyzers' settings that every other decision applies. So it counts only once it is itself
// approved, and until then the shipped defaults apply: otherwise anyone could relax the rules in
// the same change that they break them.
using System.Collections.Generic;
using Policy.Kernel.Approvals;
using Policy.Kernel.Artefacts;
using Policy.Kernel.Json;
using Policy.Kernel.Time;

namespace Policy.Kernel.Governance
{
    public sealed class GovernanceGate
    {
        private GovernanceGate(IArtefactView? governance, ApprovalStatus? status, IReadOnlyList<ApprovalMatrixEntry> matrix, IsoDuration grace, ApprovalAuthority? authority, ApprovalAuthority? judgedBy)
        {
            JudgedBy = judgedBy;
            Governance = governance;
            Status = status;
            Matrix = matrix;
            Grace = grace;
            Authority = authority;
        }

        /// <summary>The organisation's Governance artefact (the first in file order), if any.</summary>
        public IArtefactView? Governance { get; }

        /// <summary>Its own approval verdict; null when there is none or it has no content hash.</summary>
        public ApprovalStatus? Status { get; }

        /// <summary>True when the Governance is approved, so its settings apply.</summary>
        public bool InForce => Status?.IsApproved == true;

        /// <summary>The approval matrix every other artefact is judged by: the Governance's when in force and not empty, else the defaults.</summary>
        public IReadOnlyList<ApprovalMatrixEntry> Matrix { get; }

        /// <summary>How long an approval outlives its target's <c>reviewDue</c>: the Governance's when in force, else the shipped value.</summary>
        public IsoDuration Grace { get; }

        /// <summary>
        /// Who holds the roles for every other artefact: the Governance's holders when in force; else those of
        /// the version it replaces, when known; else its own (a first Governance, which XR-GOV-01 reports as
        /// unapproved). Null without a Governance.
        /// </summary>
        public ApprovalAuthority? Authority { get; }

        /// <summary>Who holds the roles for the Governance's own approval: the version it replaces when known, else its own.</summary>
        public ApprovalAuthority? JudgedBy { get; }

        /// <summary>Governance <c>policies</c> (thresholds), only when in force.</summary>
        public IJsonNode? Policies => InForce ? Governance!.Root.At("policies") : null;

        /// <summary>Governance <c>x-analyzers</c> (sanitizers, health classifications), only when in force.</summary>
        public IJsonNode? AnalyzerSettings => InForce ? Governance!.Root.At("x-analyzers") : null;

        /// <param name="governance">The Governance artefact, or null.</param>
        /// <param name="approvalsOfGovernance">Approval records; those not naming the Governance are ignored.</param>
        /// <param name="shippedGrace">The shipped rules configuration's <c>approvalGraceAfterReviewDue</c>.</param>
        /// <param name="replaced">The approved Governance version this one replaces (from Git history or the last release), when known.</param>
        /// <param name="signatures">Verified signature facts, when this side can verify signatures.</param>
        public static GovernanceGate Resolve(
            IArtefactView? governance,
            IEnumerable<ApprovalRecord> approvalsOfGovernance,
            System.DateTime today,
            IsoDuration shippedGrace,
            IArtefactView? replaced = null,
            ISignatureFacts? signatures = null)
        {
            if (governance is null)
            {
                return new GovernanceGate(null, null, ApprovalMatrixDefaults.Entries, shippedGrace, null, null);
            }

            // A change of holders or keys is approved by the holders it replaces, so nobody names themselves
            // (or adds their own key) and approves that change with it.
            var judging = ApprovalAuthority.From(replaced ?? governance);
            if (ApprovalInputs.Target(governance) is not { } target)
            {
                return new GovernanceGate(governance, null, ApprovalMatrixDefaults.Entries, shippedGrace, judging, judging);
            }

            // The Governance is judged by the shipped Governance row plus its own, which can only add requirements.
            var ownRows = ApprovalInputs.Matrix(governance.Root);
            var status = ApprovalEvaluator.Evaluate(target, approvalsOfGovernance, ApprovalMatrixDefaults.ForGovernance(ownRows), today, shippedGrace, judging, signatures);
            if (!status.IsApproved)
            {
                return new GovernanceGate(governance, status, ApprovalMatrixDefaults.Entries, shippedGrace, judging, judging);
            }

            var grace = IsoDuration.Parse(governance.Root.StringAt("policies", "approvalGraceAfterReviewDue")) ?? shippedGrace;
            return new GovernanceGate(governance, status, ownRows.Count > 0 ? ownRows : ApprovalMatrixDefaults.Entries, grace, ApprovalAuthority.From(governance), judging);
        }
    }
}
