// The one entry point from artefacts to "approved, or why not", for the CLI and the analyzers alike:
// the Governance gate first, then each artefact judged by the matrix and grace it yields.
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using Policy.Kernel.Artefacts;
using Policy.Kernel.Governance;
using Policy.Kernel.Time;

namespace Policy.Kernel.Approvals
{
    public sealed class ApprovalRegister
    {
        private readonly ILookup<(string Kind, string Id), ApprovalRecord> byTarget;
        private readonly Dictionary<string, IArtefactView> approvalArtefacts = new Dictionary<string, IArtefactView>(StringComparer.Ordinal);
        private readonly ConcurrentDictionary<IArtefactView, ApprovalStatus?> statuses = new ConcurrentDictionary<IArtefactView, ApprovalStatus?>();
        private readonly DateTime today;
        private readonly ISignatureFacts? signatures;

        /// <param name="artefacts">Every artefact of the repository, in file order (the first Governance and the first Approval of an id count).</param>
        /// <param name="today">The date approvals are judged on.</param>
        /// <param name="shippedGrace">The shipped rules configuration's <c>approvalGraceAfterReviewDue</c>.</param>
        /// <param name="replacedGovernance">The approved Governance version the current one replaces, when the caller can find it (Git history, the last release).</param>
        /// <param name="signatures">Verified signature facts, when the caller can verify signatures (the CLI); the analyzers pass none.</param>
        public ApprovalRegister(IEnumerable<IArtefactView> artefacts, DateTime today, IsoDuration shippedGrace, IArtefactView? replacedGovernance = null, ISignatureFacts? signatures = null)
        {
            this.today = today.Date;
            this.signatures = signatures;
            var records = new List<ApprovalRecord>();
            IArtefactView? governance = null;
            foreach (var artefact in artefacts)
            {
                if (string.Equals(artefact.Kind, ArtefactKind.Governance, StringComparison.Ordinal))
                {
                    governance ??= artefact;
                }
                else if (string.Equals(artefact.Kind, ArtefactKind.Approval, StringComparison.Ordinal)
                    && ApprovalInputs.Record(artefact) is { } record
                    && !approvalArtefacts.ContainsKey(record.Id))
                {
                    approvalArtefacts.Add(record.Id, artefact);
                    records.Add(record);
                }
            }

            byTarget = records.ToLookup(r => (r.TargetKind, r.TargetId));
            Governance = GovernanceGate.Resolve(governance, governance is null ? Enumerable.Empty<ApprovalRecord>() : byTarget[(governance.Kind, governance.Id)], this.today, shippedGrace, replacedGovernance, signatures);
        }

        public GovernanceGate Governance { get; }

        /// <summary>The Approval artefact with this id, if one loaded.</summary>
        public IArtefactView? ApprovalArtefact(string approvalId) => approvalArtefacts.TryGetValue(approvalId, out var found) ? found : null;

        /// <summary>Whether <paramref name="target"/> is approved today, and why not; null for Approvals and for artefacts without a content hash.</summary>
        public ApprovalStatus? StatusOf(IArtefactView target) => statuses.GetOrAdd(target, Evaluate);

        /// <summary>Who holds the roles for an approval of <paramref name="target"/>: for the Governance, the version it replaces; for anything else, the Governance in force.</summary>
        public ApprovalAuthority? AuthorityFor(IArtefactView target) =>
            ReferenceEquals(target, Governance.Governance) ? Governance.JudgedBy : Governance.Authority;

        public bool IsApproved(IArtefactView? target) => target is not null && StatusOf(target)?.IsApproved == true;

        private ApprovalStatus? Evaluate(IArtefactView target)
        {
            if (string.Equals(target.Kind, ArtefactKind.Approval, StringComparison.Ordinal))
            {
                return null;
            }

            if (ReferenceEquals(target, Governance.Governance))
            {
                return Governance.Status;
            }

            return ApprovalInputs.Target(target) is { } facts
                ? ApprovalEvaluator.Evaluate(facts, byTarget[(target.Kind, target.Id)], Governance.Matrix, today, Governance.Grace, Governance.Authority, signatures)
                : null;
        }
    }
}
