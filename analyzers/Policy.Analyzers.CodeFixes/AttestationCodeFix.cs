// The shared shape of the "add an attestation attribute" fixes: read the candidate ids the analyzer
// attached, find the member to attest, register one action per id (equivalence key per attribute
// and id, so Fix All applies the same choice everywhere).
using System;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;

namespace Policy.Analyzers.CodeFixes
{
    internal static class AttestationCodeFix
    {
        public static async Task RegisterAsync(CodeFixContext context, string attributeShortName, string candidatesProperty, Func<string, string> title)
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

                foreach (var id in DiagnosticPropertyReader.List(diagnostic, candidatesProperty))
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
    }
}
