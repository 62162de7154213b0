// HP001, HP004: attest an approved DataFlow that covers what the sink sends. One action per candidate
// the analyzer found (approved, covering every category seen and the constant host), so the developer
// chooses the declaration; nothing is offered when no approved flow covers the data.
using System.Collections.Immutable;
using System.Composition;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Policy.Analyzers.Diagnostics;

namespace Policy.Analyzers.CodeFixes
{
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(AddDataFlowAttributeCodeFix))]
    [Shared]
    public sealed class AddDataFlowAttributeCodeFix : CodeFixProvider
    {
        public override ImmutableArray<string> FixableDiagnosticIds { get; } =
            ImmutableArray.Create(DiagnosticIds.HealthDataToUndeclaredSink, DiagnosticIds.DataFlowDoesNotCover);

        public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

        public override Task RegisterCodeFixesAsync(CodeFixContext context) =>
            AttestationCodeFix.RegisterAsync(context, "DataFlow", DiagnosticPropertyNames.CandidateDataFlows, id => $"Attest approved data flow '{id}' with [DataFlow]");
    }
}
