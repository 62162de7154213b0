// Maps the analyzer's parsed JSON into the shared approval rule's inputs (tools/Policy.Core/Approvals).
using System;
using System.Collections.Generic;
using System.Linq;
using Policy.Analyzers.Json;
using Policy.Approvals;

namespace Policy.Analyzers.Policies
{
    internal static class ApprovalMapping
    {
        public static ApprovalTarget ToTarget(PolicyArtefact artefact)
        {
            var root = artefact.Root;
            return new ApprovalTarget(artefact.Kind, artefact.Id, artefact.ContentHash)
            {
                Version = root["version"]?.AsString,
                OwnerName = root["owner"]?["name"]?.AsString,
                OwnerEmail = root["owner"]?["email"]?.AsString,
                RiskClass = artefact.RiskClass,
                CarriesHealthData = artefact.DataCategories.Any(DataCategoryTaxonomy.IsHealth),
                ReviewDue = artefact.ReviewDue,
                DpoOpinionDate = PolicyArtefact.ParseDate(root["dpoOpinion"]?["date"]?.AsString),
            };
        }

        /// <summary>An Approval artefact as an <see cref="ApprovalRecord"/>, or null when it lacks a target.</summary>
        public static ApprovalRecord? ToRecord(PolicyArtefact approval)
        {
            var root = approval.Root;
            var target = root["target"];
            var kind = target?["kind"]?.AsString;
            var id = target?["id"]?.AsString;
            if (kind is null || id is null)
            {
                return null;
            }

            return new ApprovalRecord(approval.Id, kind, id, target!["sha256"]?.AsString ?? string.Empty, root["decision"]?.AsString ?? string.Empty)
            {
                TargetVersion = target["version"]?.AsString,
                ValidFrom = PolicyArtefact.ParseDate(root["validFrom"]?.AsString),
                ValidUntil = PolicyArtefact.ParseDate(root["validUntil"]?.AsString),
                Approvers = root["approvers"]?.Items.Select(ToApprover).ToList() ?? (IReadOnlyList<Approver>)Array.Empty<Approver>(),
                Attestations = PolicyArtefact.Strings(root["attestations"]),
                Conditions = root["conditions"]?.Items
                    .Select(c => new ApprovalCondition(c["description"]?.AsString ?? string.Empty, PolicyArtefact.ParseDate(c["dueDate"]?.AsString)))
                    .ToList() ?? (IReadOnlyList<ApprovalCondition>)Array.Empty<ApprovalCondition>(),
            };
        }

        /// <summary>Governance <c>approvalMatrix[]</c>, or the defaults when there is none.</summary>
        public static IReadOnlyList<ApprovalMatrixEntry> ToMatrix(PolicyArtefact? governance)
        {
            var rows = governance?.Root["approvalMatrix"];
            if (rows is null || rows.Items.Count == 0)
            {
                return ApprovalMatrixDefaults.Entries;
            }

            var matrix = new List<ApprovalMatrixEntry>();
            foreach (var row in rows.Items)
            {
                var kind = row["kind"]?.AsString;
                if (kind is null)
                {
                    continue;
                }

                var entry = new ApprovalMatrixEntry(kind, PolicyArtefact.Strings(row["requiredRoles"]))
                {
                    RiskClass = row["riskClass"]?.AsString,
                    HealthData = Bool(row["healthData"]),
                    ForbidOwnerSelfApproval = Bool(row["forbidOwnerSelfApproval"]) ?? true,
                };
                if (row["minApprovers"] is JsonNumber n && int.TryParse(n.Text, out var min))
                {
                    entry.MinApprovers = min;
                }

                matrix.Add(entry);
            }

            return matrix;
        }

        public static TimeSpan ToGrace(PolicyArtefact? governance) =>
            IsoDuration.TryParse(governance?.Root["policies"]?["approvalGraceAfterReviewDue"]?.AsString)
            ?? ApprovalMatrixDefaults.GraceAfterReviewDue;

        private static Approver ToApprover(JsonValue value) =>
            new Approver(value["name"]?.AsString ?? string.Empty, value["role"]?.AsString ?? string.Empty)
            {
                Email = value["email"]?.AsString,
                DecidedAt = PolicyArtefact.ParseDate(value["decidedAt"]?.AsString),
            };

        private static bool? Bool(JsonValue? value) =>
            value?.Kind == JsonKind.True ? true : value?.Kind == JsonKind.False ? false : (bool?)null;
    }
}
