// HP003: the artefact an attestation names exists but is not approved ("Approved" in docs/format.md, decided by
// the shared ApprovalEvaluator: current content hash, decision, validity, roles).
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Policy.Analyzers.Attestations;
using Policy.Analyzers.Diagnostics;
using Policy.Analyzers.Policies;

namespace Policy.Analyzers.Rules
{
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class UnapprovedAttestationAnalyzer : DiagnosticAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.HP003);

        public override void Initialize(AnalysisContext context)
        {
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.EnableConcurrentExecution();
            context.RegisterCompilationStartAction(start =>
            {
                var index = PolicyIndexProvider.Get(start);
                AttestationSyntax.Register(start, (node, attestation) => Check(node, attestation, index));
            });
        }

        private static void Check(SyntaxNodeAnalysisContext context, Attestation attestation, PolicyIndex index)
        {
            var (state, artefact) = AttestationResolution.Resolve(attestation, index);
            if (state != AttestationState.Unapproved)
            {
                return;
            }

            var status = index.ApprovalOf(artefact!);
            var voiding = status.Problems.Where(p => p.VoidsApproval).ToList();
            var properties = ImmutableDictionary.CreateBuilder<string, string?>();
            properties[DiagnosticPropertyNames.Attribute] = attestation.AttributeName;
            properties[DiagnosticPropertyNames.Id] = artefact!.Id;
            properties[DiagnosticPropertyNames.ExpectedKind] = artefact.Kind;
            properties[DiagnosticPropertyNames.ContentHash] = artefact.ContentHash;
            properties[DiagnosticPropertyNames.Problems] = string.Join(DiagnosticPropertyNames.ListSeparator.ToString(), voiding.Select(p => p.Kind.ToString()).Distinct());
            var reason = string.Join(" ", voiding.Select(p => p.Message));
            context.ReportDiagnostic(Diagnostic.Create(Descriptors.HP003, attestation.Location, properties.ToImmutable(), artefact.Kind, artefact.Id, reason));
        }
    }
}
