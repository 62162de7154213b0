// HP002: an attestation names an id that no policy file defines, or one of the wrong kind.
using System;
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
    public sealed class UnknownAttestationAnalyzer : DiagnosticAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.HP002);

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
            if (state != AttestationState.Unknown && state != AttestationState.WrongKind)
            {
                return;
            }

            var known = index.OfKind(attestation.ExpectedKind).Select(a => a.Id).ToList();
            var properties = ImmutableDictionary.CreateBuilder<string, string?>();
            properties[DiagnosticPropertyNames.Attribute] = attestation.AttributeName;
            properties[DiagnosticPropertyNames.Id] = attestation.Id;
            properties[DiagnosticPropertyNames.ExpectedKind] = attestation.ExpectedKind;
            properties[DiagnosticPropertyNames.KnownIds] = string.Join(DiagnosticPropertyNames.ListSeparator.ToString(), known);

            string message;
            if (attestation.Id is null)
            {
                message = $"[{attestation.AttributeName}] must name a {attestation.ExpectedKind} id as a constant string";
            }
            else if (state == AttestationState.WrongKind)
            {
                properties[DiagnosticPropertyNames.ActualKind] = artefact!.Kind;
                message = $"[{attestation.AttributeName}(\"{attestation.Id}\")] names a {artefact.Kind} ({artefact.File.Path}), not a {attestation.ExpectedKind}";
            }
            else if (index.Files.Count == 0)
            {
                message = $"[{attestation.AttributeName}(\"{attestation.Id}\")]: no policy files were given to the analyzer; set PolicyRoot or add the policy folder's JSON files as AdditionalFiles";
            }
            else
            {
                message = $"[{attestation.AttributeName}(\"{attestation.Id}\")]: no policy file defines a {attestation.ExpectedKind} with this id"
                    + (known.Count == 0 ? string.Empty : $" (known: {string.Join(", ", known.Take(5))}{(known.Count > 5 ? ", ..." : string.Empty)})");
            }

            context.ReportDiagnostic(Diagnostic.Create(Descriptors.HP002, attestation.Location, properties.ToImmutable(), message));
        }
    }
}
