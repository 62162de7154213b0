// Where an attestation attribute goes for a diagnostic in code: the method or constructor that
// contains it (local functions and lambdas are covered by their enclosing member), otherwise the
// type (property accessors, field initialisers). DataFlow and HumanOversight allow exactly these targets.
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Policy.Analyzers.CodeFixes
{
    internal static class AttestationTarget
    {
        public static MemberDeclarationSyntax? Find(SyntaxNode node)
        {
            foreach (var ancestor in node.AncestorsAndSelf())
            {
                switch (ancestor)
                {
                    case MethodDeclarationSyntax method:
                        return method;
                    case ConstructorDeclarationSyntax constructor:
                        return constructor;
                    case TypeDeclarationSyntax type when !type.IsKind(SyntaxKind.InterfaceDeclaration):
                        return type;
                }
            }

            return null;
        }
    }
}
