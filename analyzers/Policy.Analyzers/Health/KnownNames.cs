// Metadata names the analyzers recognise. Matching is by name, never by assembly, so a copy of the
// annotations compiled into the vendor's own assembly works, and no vendor package is referenced.
namespace Policy.Analyzers.Health
{
    internal static class KnownNames
    {
        public const string AiSystemAttribute = "Policy.Annotations.AiSystemAttribute";
        public const string HealthDataAttribute = "Policy.Annotations.HealthDataAttribute";
        public const string DataFlowAttribute = "Policy.Annotations.DataFlowAttribute";
        public const string AutomatedDecisionAttribute = "Policy.Annotations.AutomatedDecisionAttribute";
        public const string HumanOversightAttribute = "Policy.Annotations.HumanOversightAttribute";
        public const string HumanReviewAttribute = "Policy.Annotations.HumanReviewAttribute";

        public const string FhirBase = "Hl7.Fhir.Model.Base";
        public const string FhirClientBase = "Hl7.Fhir.Rest.BaseFhirClient";

        public const string DataClassificationAttribute = "Microsoft.Extensions.Compliance.Classification.DataClassificationAttribute";
        public const string NoDataClassificationAttribute = "Microsoft.Extensions.Compliance.Classification.NoDataClassificationAttribute";
        public const string Redactor = "Microsoft.Extensions.Compliance.Redaction.Redactor";

        public const string LoggerMessageAttribute = "Microsoft.Extensions.Logging.LoggerMessageAttribute";
        public const string ILogger = "Microsoft.Extensions.Logging.ILogger";

        public const string HttpClient = "System.Net.Http.HttpClient";
        public const string HttpRequestMessage = "System.Net.Http.HttpRequestMessage";
        public const string Uri = "System.Uri";

        /// <summary>Types whose presence means the compilation can contain a source, a sink or an attestation.</summary>
        public static readonly string[] Anchors =
        {
            FhirBase, FhirClientBase, HealthDataAttribute, DataFlowAttribute, AiSystemAttribute, HumanOversightAttribute,
            AutomatedDecisionAttribute, HumanReviewAttribute, DataClassificationAttribute,
        };
    }
}
