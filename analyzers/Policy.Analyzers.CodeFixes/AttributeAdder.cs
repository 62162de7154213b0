// Adds an attestation attribute such as [DataFlow("df-x")] to a member, with the using directive for
// Policy.Annotations when the file lacks it; the name is reduced and the result formatted like the
// surrounding code by the workspace's own simplifier and formatter.
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;
using Microsoft.CodeAnalysis.Formatting;
using Microsoft.CodeAnalysis.Simplification;

namespace Policy.Analyzers.CodeFixes
{
    internal static class AttributeAdder
    {
        public const string AnnotationsNamespace = "Policy.Annotations";

        /// <param name="shortName">DataFlow or HumanOversight (the class name without "Attribute").</param>
        public static async Task<Document> AddAsync(Document document, MemberDeclarationSyntax target, string shortName, string id, CancellationToken cancellationToken)
        {
            var editor = await DocumentEditor.CreateAsync(document, cancellationToken).ConfigureAwait(false);
            var name = SyntaxFactory.ParseName(AnnotationsNamespace + "." + shortName)
                .WithAdditionalAnnotations(Simplifier.Annotation, Simplifier.AddImportsAnnotation);
            var attribute = SyntaxFactory.Attribute(
                name,
                SyntaxFactory.AttributeArgumentList(SyntaxFactory.SingletonSeparatedList(
                    SyntaxFactory.AttributeArgument(SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal(id))))));
            editor.AddAttribute(target, attribute.WithAdditionalAnnotations(Formatter.Annotation));
            var changed = editor.GetChangedDocument();
            changed = await ImportAdder.AddImportsAsync(changed, Simplifier.AddImportsAnnotation, cancellationToken: cancellationToken).ConfigureAwait(false);
            changed = await Simplifier.ReduceAsync(changed, Simplifier.Annotation, cancellationToken: cancellationToken).ConfigureAwait(false);
            return await Formatter.FormatAsync(changed, Formatter.Annotation, cancellationToken: cancellationToken).ConfigureAwait(false);
        }
    }
}
