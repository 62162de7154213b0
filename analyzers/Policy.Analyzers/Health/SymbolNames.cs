using Microsoft.CodeAnalysis;

namespace Policy.Analyzers.Health
{
    internal static class SymbolNames
    {
        /// <summary>The metadata name of a type's definition: <c>Ns.Outer+Inner</c>, <c>Ns.IProducer`2</c>.</summary>
        public static string FullName(ITypeSymbol? type)
        {
            if (type is null)
            {
                return string.Empty;
            }

            var definition = type.OriginalDefinition;
            if (definition.ContainingType is { } outer)
            {
                return FullName(outer) + "+" + definition.MetadataName;
            }

            var ns = definition.ContainingNamespace;
            return ns is null || ns.IsGlobalNamespace ? definition.MetadataName : ns.ToDisplayString() + "." + definition.MetadataName;
        }

        /// <summary>True when the type or one of its base types has the given full name.</summary>
        public static bool DerivesFrom(ITypeSymbol? type, string fullName)
        {
            for (var t = type; t is not null; t = t.BaseType)
            {
                if (FullName(t) == fullName)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>True when the type is, derives from, or implements the given full name.</summary>
        public static bool IsOrImplements(ITypeSymbol? type, string fullName)
        {
            if (type is null)
            {
                return false;
            }

            if (DerivesFrom(type, fullName))
            {
                return true;
            }

            foreach (var i in type.AllInterfaces)
            {
                if (FullName(i) == fullName)
                {
                    return true;
                }
            }

            return false;
        }

        public static AttributeData? FindAttribute(ISymbol symbol, string fullName)
        {
            foreach (var attribute in symbol.GetAttributes())
            {
                if (FullName(attribute.AttributeClass) == fullName)
                {
                    return attribute;
                }
            }

            return null;
        }

        public static bool HasAttribute(ISymbol symbol, string fullName) => FindAttribute(symbol, fullName) is not null;
    }
}
