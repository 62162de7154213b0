// The system a piece of code belongs to: [AiSystem("id")] on the member, a containing type, or the assembly.
using Microsoft.CodeAnalysis;
using Policy.Analyzers.Health;

namespace Policy.Analyzers.CodeFixes
{
    internal static class AiSystemLookup
    {
        public static string? Find(ISymbol? symbol, Compilation compilation)
        {
            for (var current = symbol; current is not null && current is not INamespaceSymbol; current = current.ContainingSymbol)
            {
                if (Named(current) is { } id)
                {
                    return id;
                }
            }

            return Named(compilation.Assembly);
        }

        private static string? Named(ISymbol symbol)
        {
            foreach (var attribute in symbol.GetAttributes())
            {
                if (attribute.AttributeClass?.ToDisplayString() == KnownNames.AiSystemAttribute
                    && attribute.ConstructorArguments.Length == 1
                    && attribute.ConstructorArguments[0].Value is string id
                    && id.Length > 0)
                {
                    return id;
                }
            }

            return null;
        }
    }
}
