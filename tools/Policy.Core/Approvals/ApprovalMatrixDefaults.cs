using System.Collections.Generic;

namespace Policy.Approvals
{
    /// <summary>
    /// The approval matrix used when the Governance artefact defines none (governance-fields.md XR-APP-02,
    /// after the CNIL/HAS governance roles and GDPR 35(2)).
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
        };
    }
}
