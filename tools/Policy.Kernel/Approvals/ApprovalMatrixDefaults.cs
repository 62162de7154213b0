using System.Collections.Generic;

namespace Policy.Kernel.Approvals
{
    /// <summary>
    /// The approval matrix used when no approved Governance artefact defines one (after the CNIL/HAS
    /// guide's governance roles and GDPR Art. 35(2): the DPO's advice on a DPIA).
    /// </summary>
    public static class ApprovalMatrixDefaults
    {
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
