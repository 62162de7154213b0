using System.Collections.Generic;

namespace Policy.Approvals
{
    /// <summary>
    /// The approval matrix used when the Governance artefact defines none (docs/format.md, Governance;
    /// after the CNIL/HAS governance roles and GDPR Art. 35(2)).
    /// </summary>
    public static class ApprovalMatrixDefaults
    {
        /// <summary>
        /// How far an approval's validUntil may run past the target's reviewDue when Governance
        /// <c>policies.approvalGraceAfterReviewDue</c> is not set.
        /// </summary>
        public static System.TimeSpan GraceAfterReviewDue { get; } = System.TimeSpan.FromDays(30);

        public static IReadOnlyList<ApprovalMatrixEntry> Entries { get; } = new[]
        {
            new ApprovalMatrixEntry("Dpia", new[] { "controller", "dpo" }),
            new ApprovalMatrixEntry("SystemCard", new[] { "ai-lead", "dpo", "cio", "medical-lead" }) { RiskClass = "high-risk" },
            new ApprovalMatrixEntry("HumanOversight", new[] { "medical-lead", "ai-lead" }),
            new ApprovalMatrixEntry("DataFlow", new[] { "dpo", "cio|ciso" }) { HealthData = true },
            new ApprovalMatrixEntry("PatientNotice", new[] { "dpo" }),

            // The Governance artefact sets every other row, thresholds and severity overrides, so it is
            // approved by the controller, the DPO and the medical lead together (XR-GOV-01).
            new ApprovalMatrixEntry("Governance", new[] { "controller", "dpo", "medical-lead" }) { MinApprovers = 3 },
        };

        /// <summary>The rows that decide whether a Governance artefact itself is approved: these defaults, plus its own Governance rows (which can only add requirements).</summary>
        public static IReadOnlyList<ApprovalMatrixEntry> ForGovernance(IEnumerable<ApprovalMatrixEntry> ownRows)
        {
            var rows = new List<ApprovalMatrixEntry>();
            foreach (var row in Entries)
            {
                if (row.Kind == "Governance")
                {
                    rows.Add(row);
                }
            }

            foreach (var row in ownRows)
            {
                if (row.Kind == "Governance")
                {
                    rows.Add(row);
                }
            }

            return rows;
        }
    }
}
