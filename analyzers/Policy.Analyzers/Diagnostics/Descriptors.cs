using Microsoft.CodeAnalysis;

namespace Policy.Analyzers.Diagnostics
{
    /// <summary>The catalogue of HP diagnostics: one descriptor per rule, help at docs/analyzers/&lt;id&gt;.md.</summary>
    public static class Descriptors
    {
        /// <summary>Where the rule pages are published; the same pages live in the repository under docs/analyzers/.</summary>
        public const string HelpBase = "https://policy-as-code.example/docs/analyzers/";

        public static readonly DiagnosticDescriptor HP001 = Create(
            DiagnosticIds.HealthDataToUndeclaredSink,
            "Health data sent without a declared data flow",
            "Health data ({0}) reaches {1} in code not covered by [DataFlow]; declare the flow in the policy repository and attest it",
            DiagnosticCategories.DataProtection,
            DiagnosticSeverity.Warning,
            "Health data is a special category (GDPR Art. 9). Sending it to an external service must be covered by an approved DataFlow declaration named by [DataFlow] on the method or its type.");

        public static readonly DiagnosticDescriptor HP002 = Create(
            DiagnosticIds.UnknownAttestation,
            "Attestation names an unknown policy artefact",
            "{0}",
            DiagnosticCategories.Attestation,
            DiagnosticSeverity.Error,
            "[AiSystem], [DataFlow] and [HumanOversight] must name the id of a SystemCard, DataFlow or HumanOversight artefact among the policy files given to the analyzer.");

        public static readonly DiagnosticDescriptor HP003 = Create(
            DiagnosticIds.UnapprovedAttestation,
            "Attestation names an artefact that is not approved",
            "{0} '{1}' is not approved: {2}",
            DiagnosticCategories.Attestation,
            DiagnosticSeverity.Error,
            "An attestation counts only when its artefact is approved: an Approval bound to its current content hash, with an approving decision, in its validity window, by the roles the approval matrix requires.");

        public static readonly DiagnosticDescriptor HP004 = Create(
            DiagnosticIds.DataFlowDoesNotCover,
            "Data flow does not cover what is sent",
            "{0}",
            DiagnosticCategories.DataProtection,
            DiagnosticSeverity.Warning,
            "An attested DataFlow must list every data category sent (a parent key covers its children) and, when the destination is a constant, its host among destination.endpoints.");

        public static readonly DiagnosticDescriptor HP005 = Create(
            DiagnosticIds.AutomatedDecisionWithoutOversight,
            "Care decision automated without human oversight",
            "{0}",
            DiagnosticCategories.HumanOversight,
            DiagnosticSeverity.Warning,
            "A decision with significant effect may not rest solely on automated processing (GDPR Art. 22); high-risk AI needs human oversight (AI Act Arts. 14, 26). Attest the oversight declaration with [HumanOversight].");

        public static readonly DiagnosticDescriptor HP006 = Create(
            DiagnosticIds.InsufficientOversight,
            "Human oversight declaration is insufficient",
            "{0}",
            DiagnosticCategories.HumanOversight,
            DiagnosticSeverity.Error,
            "Oversight mode 'none' is allowed only where no decision with significant effect is made and the system is not high-risk (GDPR Art. 22, AI Act Art. 14).");

        public static readonly DiagnosticDescriptor HP007 = Create(
            DiagnosticIds.HealthDataToLog,
            "Health data written to a log",
            "Health data ({0}) is written to {1}; log an identifier-free message or redact the value with Microsoft.Extensions.Compliance",
            DiagnosticCategories.DataProtection,
            DiagnosticSeverity.Warning,
            "Logs are copied, shipped and kept outside the protections of the medical record (GDPR Arts. 5(1)(f), 32). Health data must not reach them unredacted.");

        public static readonly DiagnosticDescriptor HP008 = Create(
            DiagnosticIds.AiContentToRecordWithoutReview,
            "AI-generated content written to the record without human review",
            "AI-generated content is written to the medical record ({0}) without first passing through a [HumanReview] method",
            DiagnosticCategories.HumanOversight,
            DiagnosticSeverity.Warning,
            "AI output that enters the medical record must be reviewed by the responsible professional first (CNIL/HAS guide; AI Act Art. 14). Pass it through a method marked [HumanReview] before writing it.");

        public static readonly DiagnosticDescriptor HP009 = Create(
            DiagnosticIds.UnreadablePolicyFile,
            "Policy file cannot be read",
            "{0}",
            DiagnosticCategories.PolicyFiles,
            DiagnosticSeverity.Error,
            "A policy file given to the analyzer must be well-formed JSON, and artefact ids must be unique; otherwise attestations naming it cannot be checked.");

        public static string HelpLink(string id) => HelpBase + id + ".md";

        private static DiagnosticDescriptor Create(string id, string title, string message, string category, DiagnosticSeverity severity, string description) =>
            new DiagnosticDescriptor(id, title, message, category, severity, isEnabledByDefault: true, description: description, helpLinkUri: HelpLink(id));
    }
}
