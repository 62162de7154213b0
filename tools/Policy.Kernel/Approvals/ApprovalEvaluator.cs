// "Approved" (docs/format.md): an Approval whose target.sha256 equals the target's current content
// hash, whose decision is approved or approved-with-conditions, which is in force today (from
// validFrom to the earlier of validUntil and the target's reviewDue plus the grace), and whose
// approvers hold the roles the approval matrix requires, none of them the target's owner.
using System;
using System.Collections.Generic;
using System.Linq;
using Policy.Kernel.Hashing;
using Policy.Kernel.Time;

namespace Policy.Kernel.Approvals
{
    public static class ApprovalEvaluator
    {
        /// <summary>The four PIA validation confirmations a Dpia approval must carry (XR-APP-06).</summary>
        public static IReadOnlyList<string> DpiaAttestations { get; } = new[]
        {
            "context-accurate", "risks-understood", "action-plan-ratified", "corrective-actions-committed",
        };

        /// <summary>
        /// Decides whether <paramref name="target"/> is approved by any of <paramref name="approvals"/>
        /// (those not naming the target are ignored).
        /// </summary>
        /// <param name="grace">How long after the target's <c>reviewDue</c> an approval stays in force while the review is under way.</param>
        public static ApprovalStatus Evaluate(
            ApprovalTarget target,
            IEnumerable<ApprovalRecord> approvals,
            IReadOnlyList<ApprovalMatrixEntry> matrix,
            DateTime today,
            IsoDuration grace)
        {
            var candidates = approvals
                .Where(a => string.Equals(a.TargetKind, target.Kind, StringComparison.Ordinal)
                    && string.Equals(a.TargetId, target.Id, StringComparison.Ordinal))
                .OrderByDescending(a => a.LatestDecision ?? DateTime.MinValue)
                .ThenBy(a => a.Id, StringComparer.Ordinal)
                .ToList();

            if (candidates.Count == 0)
            {
                var missing = new ApprovalProblem(
                    ApprovalProblemKind.NoApproval,
                    $"{target.Kind} '{target.Id}' has no Approval; add one whose target.sha256 is {target.ContentHash}.",
                    null);
                return new ApprovalStatus(false, null, new[] { missing });
            }

            List<ApprovalProblem>? latestProblems = null;
            foreach (var approval in candidates)
            {
                var problems = Check(target, approval, matrix, today.Date, grace);
                latestProblems ??= problems;
                if (problems.All(p => !p.VoidsApproval))
                {
                    return new ApprovalStatus(true, approval, problems);
                }
            }

            return new ApprovalStatus(false, candidates[0], latestProblems!);
        }

        private static List<ApprovalProblem> Check(
            ApprovalTarget target,
            ApprovalRecord approval,
            IReadOnlyList<ApprovalMatrixEntry> matrix,
            DateTime today,
            IsoDuration grace)
        {
            var problems = new List<ApprovalProblem>();
            void Add(ApprovalProblemKind kind, string message) => problems.Add(new ApprovalProblem(kind, message, approval));
            var name = $"Approval '{approval.Id}'";

            if (!ContentHash.AreEqual(approval.TargetSha256, target.ContentHash))
            {
                Add(ApprovalProblemKind.StaleHash,
                    $"{name} approved another version of {target.Kind} '{target.Id}' ({approval.TargetSha256}); its current content hash is {target.ContentHash}, so it must be approved again.");
            }

            if (string.Equals(approval.Decision, "rejected", StringComparison.Ordinal))
            {
                Add(ApprovalProblemKind.Rejected, $"{name} rejected {target.Kind} '{target.Id}'.");
            }

            CheckValidity(target, approval, today, grace, name, Add);
            CheckRoles(target, approval, matrix, name, Add);

            if (string.Equals(target.Kind, "Dpia", StringComparison.Ordinal))
            {
                CheckDpia(target, approval, name, Add);
            }

            foreach (var condition in approval.Conditions)
            {
                if (condition.DueDate.HasValue && condition.DueDate.Value.Date < today)
                {
                    Add(ApprovalProblemKind.ConditionOverdue,
                        $"{name}: condition \"{condition.Description}\" was due {Format(condition.DueDate.Value)}; meet it and have {target.Kind} '{target.Id}' approved again.");
                }
            }

            return problems;
        }

        // In force from validFrom to the earlier of validUntil and reviewDue + grace. A validUntil past
        // the review is no defect by itself: the approval simply lapses once the review is overdue.
        private static void CheckValidity(ApprovalTarget target, ApprovalRecord approval, DateTime today, IsoDuration grace, string name, Action<ApprovalProblemKind, string> add)
        {
            if (approval.ValidFrom.HasValue && approval.ValidFrom.Value.Date > today)
            {
                add(ApprovalProblemKind.NotYetValid, $"{name} is valid only from {Format(approval.ValidFrom.Value)}.");
            }

            var reviewLapse = target.ReviewDue.HasValue ? grace.AddTo(target.ReviewDue.Value.Date) : (DateTime?)null;
            var expires = approval.ValidUntil?.Date;
            if (reviewLapse.HasValue && (!expires.HasValue || reviewLapse.Value < expires.Value) && reviewLapse.Value < today)
            {
                add(ApprovalProblemKind.ReviewOverdue,
                    $"{name} lapsed after {Format(reviewLapse.Value)}: the review of {target.Kind} '{target.Id}' was due on {Format(target.ReviewDue!.Value)} and is overdue beyond the grace of {grace}. Review it, set a new `reviewDue`, and have it approved again.");
            }
            else if (expires.HasValue && expires.Value < today)
            {
                add(ApprovalProblemKind.Expired, $"{name} expired on {Format(expires.Value)}.");
            }
        }

        private static void CheckRoles(ApprovalTarget target, ApprovalRecord approval, IReadOnlyList<ApprovalMatrixEntry> matrix, string name, Action<ApprovalProblemKind, string> add)
        {
            var rows = ApprovalMatrix.RowsFor(matrix, target);
            var minimum = Math.Max(1, rows.Count == 0 ? 1 : rows.Max(row => row.MinApprovers));
            if (approval.Approvers.Count < minimum)
            {
                add(ApprovalProblemKind.TooFewApprovers, $"{name} has {approval.Approvers.Count} approver(s); {target.Kind} needs at least {minimum}.");
            }

            var held = new HashSet<string>(approval.Approvers.Select(a => a.Role), StringComparer.Ordinal);
            foreach (var required in ApprovalMatrix.RequiredRoles(matrix, target))
            {
                var alternatives = required.Split('|');
                if (!alternatives.Any(held.Contains))
                {
                    add(ApprovalProblemKind.MissingRole,
                        $"{name} lacks the {string.Join(" or ", alternatives)} role that the approval matrix requires for this {target.Kind}.");
                }
            }

            var forbidSelf = rows.Count == 0 || rows.Any(row => row.ForbidOwnerSelfApproval);
            if (forbidSelf)
            {
                foreach (var approver in approval.Approvers.Where(a => IsOwner(target, a)))
                {
                    add(ApprovalProblemKind.SelfApproval,
                        $"{name}: {approver.Name} owns {target.Kind} '{target.Id}' and cannot approve it (four-eyes rule).");
                }
            }
        }

        private static void CheckDpia(ApprovalTarget target, ApprovalRecord approval, string name, Action<ApprovalProblemKind, string> add)
        {
            if (string.Equals(approval.Decision, "rejected", StringComparison.Ordinal))
            {
                return;
            }

            var missing = DpiaAttestations.Where(a => !approval.Attestations.Contains(a, StringComparer.Ordinal)).ToList();
            if (missing.Count > 0)
            {
                add(ApprovalProblemKind.MissingAttestation, $"{name} lacks the attestation(s) {string.Join(", ", missing)} that a DPIA validation requires.");
            }

            if (!target.DpoOpinionDate.HasValue)
            {
                add(ApprovalProblemKind.DpoOpinionMissingOrLate, $"Dpia '{target.Id}' records no dpoOpinion; the DPO's advice must be sought before approval (GDPR 35(2)).");
                return;
            }

            foreach (var approver in approval.Approvers.Where(a => a.DecidedAt.HasValue && a.DecidedAt.Value.Date < target.DpoOpinionDate.Value.Date))
            {
                add(ApprovalProblemKind.DpoOpinionMissingOrLate,
                    $"{name}: {approver.Name} decided on {Format(approver.DecidedAt!.Value)}, before the DPO's opinion of {Format(target.DpoOpinionDate.Value)}.");
            }
        }

        private static bool IsOwner(ApprovalTarget target, Approver approver) =>
            (target.OwnerName is not null && string.Equals(Normalise(target.OwnerName), Normalise(approver.Name), StringComparison.OrdinalIgnoreCase))
            || (target.OwnerEmail is not null && approver.Email is not null && string.Equals(target.OwnerEmail.Trim(), approver.Email.Trim(), StringComparison.OrdinalIgnoreCase));

        private static string Normalise(string name) => string.Join(" ", name.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

        private static string Format(DateTime date) => PolicyDate.Format(date);
    }
}
