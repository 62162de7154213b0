// HP001: health data reaches an external sink (HTTP, FHIR client writes, LLM SDKs, gRPC, message
// queues) in code not covered by [DataFlow] on the method or its type. Code under a [DataFlow] is
// left to HP002/HP003 (unknown or unapproved id) and HP004 (coverage): one root cause, one diagnostic.
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Policy.Analyzers.Attestations;
using Policy.Analyzers.Diagnostics;
using Policy.Analyzers.Flow;
using Policy.Analyzers.Policies;
using Policy.Analyzers.Sinks;

namespace Policy.Analyzers.Rules
{
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class HealthDataToUndeclaredSinkAnalyzer : DiagnosticAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.HP001);

        public override void Initialize(AnalysisContext context)
        {
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.EnableConcurrentExecution();
            context.RegisterCompilationStartAction(start =>
            {
                var index = PolicyIndexProvider.Get(start);
                FlowRuleHost.Register(start, index, sink => sink.Family != SinkFamily.Log, (block, hit) => Check(block, hit, index));
            });
        }

        private static void Check(OperationBlockAnalysisContext context, SinkHit hit, PolicyIndex index)
        {
            if (!hit.Payload.IsHealth || AttestationReader.Covering(hit.AttestedBy, AttestationReader.DataFlow).Count > 0)
            {
                return;
            }

            var categories = hit.Payload.Categories;
            var properties = ImmutableDictionary.CreateBuilder<string, string?>();
            properties[DiagnosticPropertyNames.Categories] = string.Join(DiagnosticPropertyNames.ListSeparator.ToString(), categories);
            properties[DiagnosticPropertyNames.SinkFamily] = hit.Sink.FamilyName;
            properties[DiagnosticPropertyNames.CandidateDataFlows] = string.Join(DiagnosticPropertyNames.ListSeparator.ToString(), DataFlowCoverage.Candidates(index, categories, hit.Host));
            if (hit.Host is not null)
            {
                properties[DiagnosticPropertyNames.Host] = hit.Host;
            }

            if (index.Options.PolicyRoot is not null)
            {
                properties[DiagnosticPropertyNames.PolicyRoot] = index.Options.PolicyRoot;
            }

            context.ReportDiagnostic(Diagnostic.Create(
                Descriptors.HP001,
                hit.Location,
                SourceLocations.Additional(hit.Payload.Origin, hit.SinkLocation),
                properties.ToImmutable(),
                string.Join(", ", categories),
                hit.Sink.Description));
        }
    }
}
