namespace Policy.Analyzers.Diagnostics
{
    /// <summary>
    /// Keys of <see cref="Microsoft.CodeAnalysis.Diagnostic.Properties"/>, the contract with the code fixes.
    /// List values are joined with <see cref="ListSeparator"/>, sorted ordinally.
    /// </summary>
    public static class DiagnosticPropertyNames
    {
        public const char ListSeparator = ',';

        /// <summary>Data-category keys the flagged value carries (HP001, HP004, HP007).</summary>
        public const string Categories = "categories";

        /// <summary>Categories the attested flows do not cover (HP004).</summary>
        public const string MissingCategories = "missingCategories";

        /// <summary>The constant destination host, when the sink's address is a constant (HP001, HP004).</summary>
        public const string Host = "host";

        /// <summary>Sink family: http, fhir, llm, grpc, queue, log (HP001, HP004, HP007).</summary>
        public const string SinkFamily = "sinkFamily";

        /// <summary>Ids of approved DataFlows that cover the categories and host (HP001, HP004).</summary>
        public const string CandidateDataFlows = "candidateDataFlows";

        /// <summary>Ids of approved HumanOversight declarations whose modes are sufficient (HP005).</summary>
        public const string CandidateOversights = "candidateOversights";

        /// <summary>Ids of the DataFlows attested on the method or its type (HP004).</summary>
        public const string AttestedDataFlows = "attestedDataFlows";

        /// <summary>build_property.PolicyRoot when set, where "declare this data flow" writes its draft (HP001, HP004).</summary>
        public const string PolicyRoot = "policyRoot";

        /// <summary>HP005 trigger: <c>attribute</c> ([AutomatedDecision]) or <c>modelOutput</c> (a FHIR write).</summary>
        public const string Trigger = "trigger";

        /// <summary>The FHIR resource type written (HP005, HP008).</summary>
        public const string ResourceType = "resourceType";

        /// <summary>The attribute's short name: AiSystem, DataFlow, HumanOversight (HP002, HP003, HP006).</summary>
        public const string Attribute = "attribute";

        /// <summary>The id the attribute names (HP002, HP003, HP006).</summary>
        public const string Id = "id";

        /// <summary>The kind the attribute expects (HP002, HP003).</summary>
        public const string ExpectedKind = "expectedKind";

        /// <summary>The kind of the artefact that has the id, when it is the wrong one (HP002).</summary>
        public const string ActualKind = "actualKind";

        /// <summary>Ids of artefacts of the expected kind, for a "did you mean" fix (HP002).</summary>
        public const string KnownIds = "knownIds";

        /// <summary>The artefact's current content hash, for a new Approval (HP003).</summary>
        public const string ContentHash = "sha256";

        /// <summary>Why the approval does not count: ApprovalProblemKind names (HP003).</summary>
        public const string Problems = "problems";

        /// <summary>Decision ids whose mode is insufficient (HP006).</summary>
        public const string Decisions = "decisions";
    }
}
