// "Approved" (docs/format.md): an Approval whose target.sha256 equals the target's current content
// hash, whose decision is approved or approved-with-conditions, which is in force today (from
// validFrom to the earlier of validUntil and the target's reviewDue plus the grace), and whose
// approvers hold the roles the approval matrix requires, none of them the target's owner. An approver
// counts only as the holder or deputy of their role in the judging Governance (XR-APP-07) and, where
// signatures are verified, only with a valid signature by one of their listed keys (XR-APP-08..10);
// the matrix's minimum counts distinct people, so one person in two roles is still one pair of eyes.
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
        /// <param name="authority">Who holds the roles and whether signatures are required; null when no Governance names anyone (then roles are not checked against holders).</param>
        /// <param name="signatures">Verified signature facts; null when signatures cannot be verified here (the analyzers), so they are not judged.</param>
        public static ApprovalStatus Evaluate(
            ApprovalTarget target,
            IEnumerable<ApprovalRecord> approvals,
            IReadOnlyList<ApprovalMatrixEntry> matrix,
            DateTime today,
            IsoDuration grace,
            ApprovalAuthority? authority = null,
            ISignatureFacts? signatures = null)
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
                var problems = Check(target, approval, matrix, today.Date, grace, authority, signatures);
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
            IsoDuration grace,
            ApprovalAuthority? authority,
            ISignatureFacts? signatures)
        {
            var problems = new List<ApprovalProblem>();
            void Add(ApprovalProblemKind kind, string message) => problems.Add(new ApprovalProblem(kind, message, approval));
            void AddAt(ApprovalProblemKind kind, Approver approver, string message) => problems.Add(new ApprovalProblem(kind, message, approval) { ApproverIndex = approver.Index });
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
            var counted = approval.Approvers.Where(a => Counts(approval, a, authority, signatures, name, AddAt)).ToList();
            CheckRoles(target, approval, counted, matrix, name, Add, AddAt);

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

        /// <summary>Whether the approver counts: they hold their role, and their signature holds where it is judged.</summary>
        private static bool Counts(ApprovalRecord approval, Approver approver, ApprovalAuthority? authority, ISignatureFacts? signatures, string name, Action<ApprovalProblemKind, Approver, string> add)
        {
            if (authority is null)
            {
                return true;
            }

            if (authority.Holders.Match(approver) is not { } holder)
            {
                var named = authority.Holders.Of(approver.Role).Select(h => h.Email is null ? h.Name : $"{h.Name} <{h.Email}>").ToList();
                add(ApprovalProblemKind.NotRoleHolder, approver,
                    $"{name}: {Who(approver)} does not hold the {approver.Role} role in {authority.GovernanceName} ({(named.Count == 0 ? "nobody is named for it" : "it names " + string.Join(" and ", named))}), so this decision does not count.");
                return false;
            }

            if (signatures is null)
            {
                return true;
            }

            if (approver.Signature is null)
            {
                if (!authority.SignaturesRequired)
                {
                    return true;
                }

                add(ApprovalProblemKind.Unsigned, approver,
                    $"{name}: {Who(approver)} did not sign, and {authority.GovernanceName} requires signed approvals; sign with `policy approve --sign-with KEY`.");
                return false;
            }

            var fact = signatures.Of(approval.Id, approver.Index);
            if (!fact.ValidOverContent)
            {
                add(ApprovalProblemKind.SignatureInvalid, approver, fact.Unverifiable is { } why
                    ? $"{name}: the signature of {Who(approver)} cannot be verified ({why}), so this decision does not count."
                    : $"{name}: the signature of {Who(approver)} does not verify over this approval as it stands (namespace {ApprovalSignatures.Namespace}); it was made over other content, so this decision does not count.");
                return false;
            }

            if (fact.SignerKey is null || !holder.HasKey(fact.SignerKey))
            {
                add(ApprovalProblemKind.SignatureKeyNotListed, approver,
                    $"{name}: {Who(approver)}'s entry is signed with the key {Abbreviate(fact.SignerKey)}, which {authority.GovernanceName} does not list among their signingKeys, so this decision does not count.");
                return false;
            }

            return true;
        }

        private static void CheckRoles(ApprovalTarget target, ApprovalRecord approval, IReadOnlyList<Approver> counted, IReadOnlyList<ApprovalMatrixEntry> matrix, string name, Action<ApprovalProblemKind, string> add, Action<ApprovalProblemKind, Approver, string> addAt)
        {
            var rows = ApprovalMatrix.RowsFor(matrix, target);
            var minimum = Math.Max(1, rows.Count == 0 ? 1 : rows.Max(row => row.MinApprovers));
            // An entry that does not count is reported on its own (XR-APP-07..10); the role or the number it
            // leaves short is reported only when no entry offered it at all, so one cause gives one finding.
            var people = DistinctPeople(counted);
            if (people < minimum && DistinctPeople(approval.Approvers) < minimum)
            {
                var entries = people == approval.Approvers.Count ? string.Empty : $" ({approval.Approvers.Count} entries, {people} distinct people)";
                add(ApprovalProblemKind.TooFewApprovers, $"{name} has {people} approver(s){entries}; {target.Kind} needs at least {minimum}.");
            }

            var held = new HashSet<string>(counted.Select(a => a.Role), StringComparer.Ordinal);
            var offered = new HashSet<string>(approval.Approvers.Select(a => a.Role), StringComparer.Ordinal);
            foreach (var required in ApprovalMatrix.RequiredRoles(matrix, target))
            {
                var alternatives = required.Split('|');
                if (!alternatives.Any(held.Contains) && !alternatives.Any(offered.Contains))
                {
                    add(ApprovalProblemKind.MissingRole,
                        $"{name} lacks the {string.Join(" or ", alternatives)} role that the approval matrix requires for this {target.Kind}.");
                }
            }

            var groups = rows.SelectMany(row => row.RequiredRoles).Distinct(StringComparer.Ordinal).Select(r => r.Split('|')).ToList();
            if (!rows.Any(row => row.OneHolderMayFillSeveralRoles) && groups.All(g => g.Any(held.Contains)) && !DistinctHolders(groups, counted))
            {
                var why = $"the approval matrix wants a different person for each role of this {target.Kind} ({string.Join(", ", groups.Select(g => string.Join(" or ", g)))}; a row with \"oneHolderMayFillSeveralRoles\": true allows one person to fill several).";
                if (counted.GroupBy(a => RoleHolders.Normalise(a.Name).ToUpperInvariant()).FirstOrDefault(g => g.Count() > 1) is { } twice)
                {
                    addAt(ApprovalProblemKind.SamePersonSeveralRoles, twice.Last(), $"{name}: {twice.First().Name} approves as {string.Join(" and ", twice.Select(a => a.Role))}; {why}");
                }
                else
                {
                    add(ApprovalProblemKind.SamePersonSeveralRoles, $"{name}: the approvers cannot fill every required role with a different person; {why}");
                }
            }

            var forbidSelf = rows.Count == 0 || rows.Any(row => row.ForbidOwnerSelfApproval);
            if (forbidSelf)
            {
                foreach (var approver in approval.Approvers.Where(a => IsOwner(target, a)))
                {
                    addAt(ApprovalProblemKind.SelfApproval, approver,
                        $"{name}: {approver.Name} owns {target.Kind} '{target.Id}' and cannot approve it (four-eyes rule).");
                }
            }
        }

        /// <summary>Whether each required role group can be filled by a different person among the counted approvers (a small matching).</summary>
        private static bool DistinctHolders(IReadOnlyList<string[]> groups, IReadOnlyList<Approver> counted)
        {
            var people = counted.GroupBy(a => RoleHolders.Normalise(a.Name).ToUpperInvariant())
                .Select(g => new HashSet<string>(g.Select(a => a.Role), StringComparer.Ordinal)).ToList();
            var used = new bool[people.Count];

            bool Fill(int group)
            {
                if (group == groups.Count)
                {
                    return true;
                }

                for (var p = 0; p < people.Count; p++)
                {
                    if (!used[p] && groups[group].Any(people[p].Contains))
                    {
                        used[p] = true;
                        if (Fill(group + 1))
                        {
                            return true;
                        }

                        used[p] = false;
                    }
                }

                return false;
            }

            return Fill(0);
        }

        private static int DistinctPeople(IEnumerable<Approver> approvers) =>
            approvers.Select(a => RoleHolders.Normalise(a.Name).ToUpperInvariant()).Distinct(StringComparer.Ordinal).Count();

        private static string Who(Approver approver) => approver.Email is null ? approver.Name : $"{approver.Name} <{approver.Email}>";

        private static string Abbreviate(string? key)
        {
            if (key is null)
            {
                return "(unreadable)";
            }

            var parts = key.Split(' ');
            return parts.Length >= 2 && parts[1].Length > 16 ? $"{parts[0]} {parts[1].Substring(0, 16)}…" : key;
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

        /// <summary>Whether the approver is the target's owner: same name (case and spacing aside) or same e-mail.</summary>
        public static bool IsOwner(ApprovalTarget target, Approver approver) =>
            (target.OwnerName is not null && string.Equals(RoleHolders.Normalise(target.OwnerName), RoleHolders.Normalise(approver.Name), StringComparison.OrdinalIgnoreCase))
            || (target.OwnerEmail is not null && approver.Email is not null && string.Equals(target.OwnerEmail.Trim(), approver.Email.Trim(), StringComparison.OrdinalIgnoreCase));

        private static string Format(DateTime date) => PolicyDate.Format(date);
    }
}
