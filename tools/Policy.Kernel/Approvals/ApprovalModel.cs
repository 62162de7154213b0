// The approval rule's inputs, as plain data, read from artefacts by ApprovalInputs.
using System;
using System.Collections.Generic;

namespace Policy.Kernel.Approvals
{
    /// <summary>The artefact an approval is about, with the facts the approval rule needs.</summary>
    public sealed class ApprovalTarget
    {
        public ApprovalTarget(string kind, string id, string contentHash)
        {
            Kind = kind;
            Id = id;
            ContentHash = contentHash;
        }

        public string Kind { get; }

        public string Id { get; }

        /// <summary>The target's current <c>sha256:&lt;hex&gt;</c> content hash.</summary>
        public string ContentHash { get; }

        public string? Version { get; set; }

        public string? OwnerName { get; set; }

        public string? OwnerEmail { get; set; }

        /// <summary>SystemCard <c>aiAct.riskClass</c>, for matrix rows conditioned on it.</summary>
        public string? RiskClass { get; set; }

        /// <summary>True when the target declares any <c>health.*</c> category, for matrix rows conditioned on it.</summary>
        public bool CarriesHealthData { get; set; }

        public DateTime? ReviewDue { get; set; }

        /// <summary>Dpia <c>dpoOpinion.date</c>; a Dpia approval needs it on or before every decision (XR-APP-06).</summary>
        public DateTime? DpoOpinionDate { get; set; }
    }

    /// <summary>One Approval artefact.</summary>
    public sealed class ApprovalRecord
    {
        public ApprovalRecord(string id, string targetKind, string targetId, string targetSha256, string decision)
        {
            Id = id;
            TargetKind = targetKind;
            TargetId = targetId;
            TargetSha256 = targetSha256;
            Decision = decision;
        }

        public string Id { get; }

        public string TargetKind { get; }

        public string TargetId { get; }

        public string TargetSha256 { get; }

        public string? TargetVersion { get; set; }

        /// <summary><c>approved</c>, <c>approved-with-conditions</c> or <c>rejected</c>.</summary>
        public string Decision { get; }

        public DateTime? ValidFrom { get; set; }

        public DateTime? ValidUntil { get; set; }

        public IReadOnlyList<Approver> Approvers { get; set; } = Array.Empty<Approver>();

        public IReadOnlyList<string> Attestations { get; set; } = Array.Empty<string>();

        public IReadOnlyList<ApprovalCondition> Conditions { get; set; } = Array.Empty<ApprovalCondition>();

        /// <summary>The latest decision date among the approvers, used to pick the most recent approval.</summary>
        public DateTime? LatestDecision
        {
            get
            {
                DateTime? latest = null;
                foreach (var approver in Approvers)
                {
                    if (approver.DecidedAt.HasValue && (!latest.HasValue || approver.DecidedAt > latest))
                    {
                        latest = approver.DecidedAt;
                    }
                }

                return latest;
            }
        }
    }

    public sealed class Approver
    {
        public Approver(string name, string role)
        {
            Name = name;
            Role = role;
        }

        public string Name { get; }

        /// <summary>Committee role: ai-lead, dpo, cio, quality, risk-manager, medical-lead, controller, ciso.</summary>
        public string Role { get; }

        public string? Email { get; set; }

        public DateTime? DecidedAt { get; set; }

        /// <summary>Position in the Approval's <c>approvers</c> array, for locating findings and signatures.</summary>
        public int Index { get; set; }

        /// <summary>The armored SSH signature of this approver's entry (<see cref="ApprovalSignatures"/>), if any.</summary>
        public string? Signature { get; set; }
    }

    public sealed class ApprovalCondition
    {
        public ApprovalCondition(string description, DateTime? dueDate)
        {
            Description = description;
            DueDate = dueDate;
        }

        public string Description { get; }

        public DateTime? DueDate { get; }
    }

    /// <summary>
    /// One row of the organisation's approval matrix (Governance <c>approvalMatrix[]</c>). A required role
    /// written <c>cio|ciso</c> is satisfied by either.
    /// </summary>
    public sealed class ApprovalMatrixEntry
    {
        public ApprovalMatrixEntry(string kind, IReadOnlyList<string> requiredRoles)
        {
            Kind = kind;
            RequiredRoles = requiredRoles;
        }

        public string Kind { get; }

        public IReadOnlyList<string> RequiredRoles { get; }

        /// <summary>When set, the row applies only to targets with this risk class.</summary>
        public string? RiskClass { get; set; }

        /// <summary>When set, the row applies only to targets that do (or do not) carry health data.</summary>
        public bool? HealthData { get; set; }

        public int MinApprovers { get; set; } = 1;

        public bool ForbidOwnerSelfApproval { get; set; } = true;

        /// <summary>Whether one person holding several required roles may fill each of them (default: each role by a different person).</summary>
        public bool OneHolderMayFillSeveralRoles { get; set; }

        public bool AppliesTo(ApprovalTarget target) =>
            string.Equals(Kind, target.Kind, StringComparison.Ordinal)
            && (RiskClass is null || string.Equals(RiskClass, target.RiskClass, StringComparison.Ordinal))
            && (!HealthData.HasValue || HealthData.Value == target.CarriesHealthData);
    }
}
