// HP007: health data reaches a log (ILogger and [LoggerMessage] methods, Serilog, Console, Trace),
// unless redacted through Microsoft.Extensions.Compliance (a Redactor, or a classified
// [LoggerMessage] parameter). [DataFlow] does not cover logs. Other personal data (a resource's
// server id, identity.pseudonymous) is reported only when policy_analyzers.log_categories names it.
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Policy.Analyzers.Diagnostics;
using Policy.Analyzers.Flow;
using Policy.Analyzers.Policies;
using Policy.Analyzers.Sinks;

namespace Policy.Analyzers.Rules
{
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class HealthDataToLogAnalyzer : DiagnosticAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.HP007);

        public override void Initialize(AnalysisContext context)
        {
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.EnableConcurrentExecution();
            context.RegisterCompilationStartAction(start =>
            {
                var index = PolicyIndexProvider.Get(start);
                FlowRuleHost.Register(start, index, sink => sink.Family == SinkFamily.Log, (block, hit) => Check(block, hit, index.Options.LogCategories));
            });
        }

        private static void Check(OperationBlockAnalysisContext context, SinkHit hit, IReadOnlyCollection<string> logCategories)
        {
            var categories = hit.Payload.Categories.Union(hit.Payload.Personal.Where(logCategories.Contains));
            if (categories.IsEmpty)
            {
                return;
            }

            var properties = ImmutableDictionary.CreateBuilder<string, string?>();
            properties[DiagnosticPropertyNames.Categories] = string.Join(DiagnosticPropertyNames.ListSeparator.ToString(), categories);
            properties[DiagnosticPropertyNames.SinkFamily] = hit.Sink.FamilyName;
            context.ReportDiagnostic(Diagnostic.Create(
                Descriptors.HP007,
                hit.Location,
                SourceLocations.Additional(hit.Payload.Origin, hit.SinkLocation),
                properties.ToImmutable(),
                string.Join(", ", categories),
                hit.Sink.Description));
        }
    }
}
