// Reads the approval rule's inputs from artefacts, once for both the CLI and the analyzers.
using System;
using System.Collections.Generic;
using Policy.Kernel.Artefacts;
using Policy.Kernel.Json;

namespace Policy.Kernel.Approvals
{
    public static class ApprovalInputs
    {
        /// <summary>The facts about a target the approval rule needs; null when it has no content hash.</summary>
        public static ApprovalTarget? Target(IArtefactView artefact)
        {
            if (artefact.ContentHash is not { } hash)
            {
                return null;
            }

            var root = artefact.Root;
            return new ApprovalTarget(artefact.Kind, artefact.Id, hash)
            {
                Version = root.StringAt("version"),
                OwnerName = root.StringAt("owner", "name"),
                OwnerEmail = root.StringAt("owner", "email"),
                RiskClass = root.StringAt("aiAct", "riskClass"),
                CarriesHealthData = DataCategories.CarriesHealthData(root),
                ReviewDue = root.DateAt("reviewDue"),
                DpoOpinionDate = root.DateAt("dpoOpinion", "date"),
            };
        }

        /// <summary>The record of an Approval artefact; null when it names no target kind and id.</summary>
        public static ApprovalRecord? Record(IArtefactView approval)
        {
            var root = approval.Root;
            if (root.StringAt("target", "kind") is not { } kind || root.StringAt("target", "id") is not { } id)
            {
                return null;
            }

            var approvers = new List<Approver>();
            foreach (var item in root.ItemsAt("approvers"))
            {
                approvers.Add(new Approver(item.StringAt("name") ?? string.Empty, item.StringAt("role") ?? string.Empty)
                {
                    Email = item.StringAt("email"),
                    DecidedAt = item.DateAt("decidedAt"),
                    Index = approvers.Count,
                    Signature = item.StringAt(ApprovalSignatures.Member),
                });
            }

            var conditions = new List<ApprovalCondition>();
            foreach (var item in root.ItemsAt("conditions"))
            {
                conditions.Add(new ApprovalCondition(item.StringAt("description") ?? string.Empty, item.DateAt("dueDate")));
            }

            return new ApprovalRecord(approval.Id, kind, id, root.StringAt("target", "sha256") ?? string.Empty, root.StringAt("decision") ?? string.Empty)
            {
                TargetVersion = root.StringAt("target", "version"),
                ValidFrom = root.DateAt("validFrom"),
                ValidUntil = root.DateAt("validUntil"),
                Approvers = approvers,
                Attestations = root.StringsAt("attestations"),
                Conditions = conditions,
            };
        }

        /// <summary>A Governance artefact's <c>approvalMatrix[]</c> rows (none when it has none).</summary>
        public static IReadOnlyList<ApprovalMatrixEntry> Matrix(IJsonNode governanceRoot)
        {
            var matrix = new List<ApprovalMatrixEntry>();
            foreach (var row in governanceRoot.ItemsAt("approvalMatrix"))
            {
                if (row.StringAt("kind") is not { } kind)
                {
                    continue;
                }

                matrix.Add(new ApprovalMatrixEntry(kind, row.StringsAt("requiredRoles"))
                {
                    RiskClass = row.StringAt("riskClass"),
                    HealthData = row.BoolAt("healthData"),
                    MinApprovers = Math.Max(1, row.IntegerAt("minApprovers") ?? 1),
                    ForbidOwnerSelfApproval = row.BoolAt("forbidOwnerSelfApproval") ?? true,
                    OneHolderMayFillSeveralRoles = row.BoolAt("oneHolderMayFillSeveralRoles") ?? false,
                });
            }

            return matrix;
        }
    }
}
