// HP006: the HumanOversight declaration an attestation names uses mode "none" for a decision with
// significant effect, or for a system whose card says high-risk.
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
    public sealed class HumanOversightSufficiencyAnalyzer : DiagnosticAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.HP006);

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
            if (attestation.AttributeName != AttestationReader.HumanOversight)
            {
                return;
            }

            var (state, artefact) = AttestationResolution.Resolve(attestation, index);
            if (state != AttestationState.Approved && state != AttestationState.Unapproved)
            {
                return;
            }

            var insufficient = OversightSufficiency.Insufficient(artefact!, index);
            if (insufficient.Count == 0)
            {
                return;
            }

            var properties = ImmutableDictionary.CreateBuilder<string, string?>();
            properties[DiagnosticPropertyNames.Attribute] = attestation.AttributeName;
            properties[DiagnosticPropertyNames.Id] = artefact!.Id;
            properties[DiagnosticPropertyNames.Decisions] = string.Join(DiagnosticPropertyNames.ListSeparator.ToString(), insufficient.Select(d => d.DecisionId));
            var reasons = string.Join("; ", insufficient.Select(d => $"decision '{d.DecisionId}' {d.Reason}"));
            var message = $"HumanOversight '{artefact.Id}' uses mode 'none' where a human must oversee: {reasons}; use in-the-loop, on-the-loop or in-command";
            context.ReportDiagnostic(Diagnostic.Create(Descriptors.HP006, attestation.Location, properties.ToImmutable(), message));
        }
    }
}
