// HP008: AI-generated content is written to the medical record (FHIR create/update of
// DocumentReference, Composition, DiagnosticReport, Observation and similar) without first passing
// through a call to a method marked [HumanReview] (CNIL/HAS: review before the record).
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Policy.Analyzers.Diagnostics;
using Policy.Analyzers.Flow;
using Policy.Analyzers.Health;
using Policy.Analyzers.Policies;

namespace Policy.Analyzers.Rules
{
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class AiContentToRecordAnalyzer : DiagnosticAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.HP008);

        public override void Initialize(AnalysisContext context)
        {
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.EnableConcurrentExecution();
            context.RegisterCompilationStartAction(start =>
            {
                var index = PolicyIndexProvider.Get(start);
                FlowRuleHost.Register(start, index, sink => sink.IsFhirWrite, Check);
            });
        }

        private static void Check(OperationBlockAnalysisContext context, SinkHit hit)
        {
            if (!hit.Payload.ModelOutput || FhirResources.RecordResource(hit.ResourceType) is not { } resource)
            {
                return;
            }

            var properties = ImmutableDictionary.CreateBuilder<string, string?>();
            properties[DiagnosticPropertyNames.ResourceType] = resource;
            context.ReportDiagnostic(Diagnostic.Create(
                Descriptors.HP008,
                hit.Location,
                SourceLocations.Additional(hit.Payload.Origin),
                properties.ToImmutable(),
                resource));
        }
    }
}
