// Finds attestation attributes where they are written (assembly, type, method), so HP002, HP003 and
// HP006 sit on the attribute itself.
using System;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Policy.Analyzers.Health;

namespace Policy.Analyzers.Attestations
{
    internal static class AttestationSyntax
    {
        /// <summary>True when the compilation defines or references any attestation attribute.</summary>
        public static bool AnnotationsPresent(Compilation compilation)
        {
            var anchors = CompilationAnchors.For(compilation);
            return anchors.Has(KnownNames.DataFlowAttribute) || anchors.Has(KnownNames.HumanOversightAttribute) || anchors.Has(KnownNames.AiSystemAttribute);
        }

        public static void Register(CompilationStartAnalysisContext start, Action<SyntaxNodeAnalysisContext, Attestation> onAttestation)
        {
            if (!AnnotationsPresent(start.Compilation))
            {
                return;
            }

            start.RegisterSyntaxNodeAction(
                context =>
                {
                    var syntax = (AttributeSyntax)context.Node;
                    if (context.SemanticModel.GetSymbolInfo(syntax, context.CancellationToken).Symbol is not IMethodSymbol constructor
                        || AttestationReader.Classify(constructor.ContainingType) is not { } classified)
                    {
                        return;
                    }

                    string? id = null;
                    if (syntax.ArgumentList is { Arguments.Count: 1 } arguments)
                    {
                        id = context.SemanticModel.GetConstantValue(arguments.Arguments[0].Expression, context.CancellationToken).Value as string;
                    }

                    onAttestation(context, new Attestation(classified.Attribute, classified.Kind, id, syntax.GetLocation()));
                },
                SyntaxKind.Attribute);
        }
    }
}
