// The shared shape of the "add an attestation attribute" fixes: read the candidate ids the analyzer
// attached, narrow them when the fix knows more (see SameSystemOnly), find the member to attest, and
// register one action per id (equivalence key per attribute and id, so Fix All applies the same choice).
using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;

namespace Policy.Analyzers.CodeFixes
{
    internal static class AttestationCodeFix
    {
        public static async Task RegisterAsync(CodeFixContext context, string attributeShortName, string candidatesProperty, Func<string, string> title, bool sameSystemOnly = false)
        {
            var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
            if (root is null)
            {
                return;
            }

            foreach (var diagnostic in context.Diagnostics)
            {
                var node = root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);
                if (AttestationTarget.Find(node) is not { } target)
                {
                    continue;
                }

                var candidates = DiagnosticPropertyReader.List(diagnostic, candidatesProperty);
                if (sameSystemOnly)
                {
                    candidates = await SameSystemOnlyAsync(context.Document, target, candidates, context.CancellationToken).ConfigureAwait(false);
                }

                foreach (var id in candidates)
                {
                    context.RegisterCodeFix(
                        CodeAction.Create(
                            title(id),
                            cancellationToken => AttributeAdder.AddAsync(context.Document, target, attributeShortName, id, cancellationToken),
                            equivalenceKey: attributeShortName + ":" + id),
                        diagnostic);
                }
            }
        }

        /// <summary>
        /// When the code names its system with [AiSystem], only the candidates declared for that system:
        /// an oversight declaration of another system does not oversee this one's decisions.
        /// </summary>
        private static async Task<IReadOnlyList<string>> SameSystemOnlyAsync(Document document, SyntaxNode target, IReadOnlyList<string> candidates, CancellationToken cancellationToken)
        {
            var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
            if (model is null || candidates.Count == 0)
            {
                return candidates;
            }

            var system = AiSystemLookup.Find(model.GetDeclaredSymbol(target, cancellationToken), model.Compilation);
            if (system is null)
            {
                return candidates;
            }

            var artefacts = await ProjectPolicyFiles.ByIdAsync(document.Project, cancellationToken).ConfigureAwait(false);
            return candidates
                .Where(id => artefacts.TryGetValue(id, out var artefact) && string.Equals(artefact.Root?["system"]?.AsString, system, StringComparison.Ordinal))
                .ToList();
        }
    }
}
