namespace Policy.Analyzers.Diagnostics
{
    /// <summary>The stable ids of the HP diagnostics; each has a page docs/analyzers/&lt;id&gt;.md.</summary>
    public static class DiagnosticIds
    {
        public const string HealthDataToUndeclaredSink = "HP001";
        public const string UnknownAttestation = "HP002";
        public const string UnapprovedAttestation = "HP003";
        public const string DataFlowDoesNotCover = "HP004";
        public const string AutomatedDecisionWithoutOversight = "HP005";
        public const string InsufficientOversight = "HP006";
        public const string HealthDataToLog = "HP007";
        public const string AiContentToRecordWithoutReview = "HP008";
        public const string UnreadablePolicyFile = "HP009";
    }
}
