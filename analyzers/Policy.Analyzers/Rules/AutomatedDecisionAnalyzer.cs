// HP005: a care decision is automated without [HumanOversight]: a method marked [AutomatedDecision]
// (reported on its declaration), or model output reaching a FHIR write of a decision resource
// (reported on the write). Any [HumanOversight] silences it; HP002/HP003/HP006 judge the named one.
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Policy.Analyzers.Attestations;
using Policy.Analyzers.Diagnostics;
using Policy.Analyzers.Flow;
using Policy.Analyzers.Health;
using Policy.Analyzers.Policies;

namespace Policy.Analyzers.Rules
{
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class AutomatedDecisionAnalyzer : DiagnosticAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.HP005);

        public override void Initialize(AnalysisContext context)
        {
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.EnableConcurrentExecution();
            context.RegisterCompilationStartAction(start =>
            {
                var index = PolicyIndexProvider.Get(start);
                if (CompilationAnchors.For(start.Compilation).Has(KnownNames.AutomatedDecisionAttribute))
                {
                    start.RegisterSymbolAction(symbol => CheckMethod(symbol, index), SymbolKind.Method);
                }

                FlowRuleHost.Register(start, index, sink => sink.IsFhirWrite, (block, hit) => CheckWrite(block, hit, index));
            });
        }

        private static void CheckMethod(SymbolAnalysisContext context, PolicyIndex index)
        {
            var method = (IMethodSymbol)context.Symbol;
            if (!SymbolNames.HasAttribute(method, KnownNames.AutomatedDecisionAttribute)
                || AttestationReader.Covering(method, AttestationReader.HumanOversight).Count > 0)
            {
                return;
            }

            var message = $"'{method.Name}' is marked [AutomatedDecision] but no [HumanOversight] on it or its type names the oversight of this decision";
            context.ReportDiagnostic(Diagnostic.Create(Descriptors.HP005, method.Locations.FirstOrDefault(), Properties("attribute", null, index), message));
        }

        private static void CheckWrite(OperationBlockAnalysisContext context, SinkHit hit, PolicyIndex index)
        {
            if (!hit.Payload.ModelOutput
                || FhirResources.DecisionResource(hit.ResourceType) is not { } resource
                || AttestationReader.Covering(hit.Owner, AttestationReader.HumanOversight).Count > 0)
            {
                return;
            }

            var message = $"Model output is written as a {resource}, a care decision, without [HumanOversight] on the method or its type";
            context.ReportDiagnostic(Diagnostic.Create(
                Descriptors.HP005, hit.Location, SourceLocations.Additional(hit.Payload.Origin), Properties("modelOutput", resource, index), message));
        }

        private static ImmutableDictionary<string, string?> Properties(string trigger, string? resource, PolicyIndex index)
        {
            var candidates = index.OfKind("HumanOversight")
                .Where(o => index.IsApproved(o) && OversightSufficiency.Insufficient(o, index).Count == 0)
                .Select(o => o.Id);
            var properties = ImmutableDictionary.CreateBuilder<string, string?>();
            properties[DiagnosticPropertyNames.Trigger] = trigger;
            properties[DiagnosticPropertyNames.CandidateOversights] = string.Join(DiagnosticPropertyNames.ListSeparator.ToString(), candidates);
            if (resource is not null)
            {
                properties[DiagnosticPropertyNames.ResourceType] = resource;
            }

            return properties.ToImmutable();
        }
    }
}
