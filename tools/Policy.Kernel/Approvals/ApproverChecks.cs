// Which approver entries count (XR-APP-07..10) and how many different people they are: the parts of
// the approval decision about the people, kept apart from the decision about the approval itself.
using System;
using System.Collections.Generic;
using System.Linq;

namespace Policy.Kernel.Approvals
{
    internal static class ApproverChecks
    {
        /// <summary>Whether the approver counts: they hold their role, and their signature holds where it is judged.</summary>
        public static bool Counts(ApprovalRecord approval, Approver approver, ApprovalAuthority? authority, ISignatureFacts? signatures, string name, Action<ApprovalProblemKind, Approver, string> add)
        {
            if (authority is null)
            {
                return true;
            }

            if (authority.Holders.Match(approver) is not { } holder)
            {
                add(ApprovalProblemKind.NotRoleHolder, approver,
                    $"{name}: {authority.Holders.NotHolding(approver.Name, approver.Email, approver.Role, authority.GovernanceName)}, so this decision does not count.");
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

        /// <summary>Whether each required role group can be filled by a different person among the counted approvers (a small matching).</summary>
        public static bool DistinctHolders(IReadOnlyList<string[]> groups, IReadOnlyList<Approver> counted)
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

        public static int DistinctPeople(IEnumerable<Approver> approvers) =>
            approvers.Select(a => RoleHolders.Normalise(a.Name).ToUpperInvariant()).Distinct(StringComparer.Ordinal).Count();

        private static string Who(Approver approver) => RoleHolders.Who(approver.Name, approver.Email);

        private static string Abbreviate(string? key)
        {
            if (key is null)
            {
                return "(unreadable)";
            }

            var parts = key.Split(' ');
            return parts.Length >= 2 && parts[1].Length > 16 ? $"{parts[0]} {parts[1].Substring(0, 16)}…" : key;
        }
    }
}
