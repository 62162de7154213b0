// HP007: health data reaches a log (ILogger and [LoggerMessage] methods, Serilog, Console, Trace),
// unless redacted through Microsoft.Extensions.Compliance (a Redactor, or a classified
// [LoggerMessage] parameter). [DataFlow] does not cover logs.
using System.Collections.Immutable;
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
                FlowRuleHost.Register(start, index, sink => sink.Family == SinkFamily.Log, Check);
            });
        }

        private static void Check(OperationBlockAnalysisContext context, SinkHit hit)
        {
            if (!hit.Payload.IsHealth)
            {
                return;
            }

            var properties = ImmutableDictionary.CreateBuilder<string, string?>();
            properties[DiagnosticPropertyNames.Categories] = string.Join(DiagnosticPropertyNames.ListSeparator.ToString(), hit.Payload.Categories);
            properties[DiagnosticPropertyNames.SinkFamily] = hit.Sink.FamilyName;
            context.ReportDiagnostic(Diagnostic.Create(
                Descriptors.HP007,
                hit.Location,
                SourceLocations.Additional(hit.Payload.Origin),
                properties.ToImmutable(),
                string.Join(", ", hit.Payload.Categories),
                hit.Sink.Description));
        }
    }
}
