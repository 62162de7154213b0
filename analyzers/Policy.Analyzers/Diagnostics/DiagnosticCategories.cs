namespace Policy.Analyzers.Diagnostics
{
    /// <summary>Diagnostic categories, grouping rules by the obligation they protect.</summary>
    public static class DiagnosticCategories
    {
        /// <summary>Health data leaving the code (GDPR Arts. 9, 28, 32).</summary>
        public const string DataProtection = "Policy.DataProtection";

        /// <summary>Attestations and the policy repository they name.</summary>
        public const string Attestation = "Policy.Attestation";

        /// <summary>Automated decisions and AI output (GDPR Art. 22, AI Act Art. 14).</summary>
        public const string HumanOversight = "Policy.HumanOversight";

        /// <summary>The policy files themselves.</summary>
        public const string PolicyFiles = "Policy.Files";
    }
}
