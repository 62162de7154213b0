// Reads attestation attributes by full name (a copy compiled into the vendor's assembly works too),
// and finds those covering a method: on it, its property or event, its enclosing local function's
// method, and every containing type.
using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Policy.Analyzers.Health;

namespace Policy.Analyzers.Attestations
{
    internal static class AttestationReader
    {
        public const string DataFlow = "DataFlow";
        public const string HumanOversight = "HumanOversight";
        public const string AiSystem = "AiSystem";

        /// <summary>The attribute's short name and the artefact kind it names, or null when it is no attestation.</summary>
        public static (string Attribute, string Kind)? Classify(INamedTypeSymbol? attributeClass)
        {
            switch (SymbolNames.FullName(attributeClass))
            {
                case KnownNames.DataFlowAttribute:
                    return (DataFlow, "DataFlow");
                case KnownNames.HumanOversightAttribute:
                    return (HumanOversight, "HumanOversight");
                case KnownNames.AiSystemAttribute:
                    return (AiSystem, "SystemCard");
                default:
                    return null;
            }
        }

        public static Attestation? FromAttribute(AttributeData attribute)
        {
            if (Classify(attribute.AttributeClass) is not { } classified)
            {
                return null;
            }

            var id = attribute.ConstructorArguments.Length == 1 ? attribute.ConstructorArguments[0].Value as string : null;
            var location = attribute.ApplicationSyntaxReference?.GetSyntax().GetLocation() ?? Location.None;
            return new Attestation(classified.Attribute, classified.Kind, id, location);
        }

        /// <summary>Attestations of the given attribute that cover code in <paramref name="owner"/>.</summary>
        public static List<Attestation> Covering(ISymbol owner, string attributeName)
        {
            var found = new List<Attestation>();
            for (var symbol = owner; symbol is not null && symbol is not INamespaceSymbol; symbol = symbol.ContainingSymbol)
            {
                Collect(symbol, attributeName, found);
                if (symbol is IMethodSymbol { AssociatedSymbol: { } associated })
                {
                    Collect(associated, attributeName, found);
                }
            }

            return found;
        }

        /// <summary>Attestations covering any of the owners: a call site and the wrappers it goes through.</summary>
        public static List<Attestation> Covering(IEnumerable<ISymbol> owners, string attributeName)
        {
            var found = new List<Attestation>();
            foreach (var owner in owners)
            {
                found.AddRange(Covering(owner, attributeName));
            }

            return found;
        }

        private static void Collect(ISymbol symbol, string attributeName, List<Attestation> found)
        {
            foreach (var attribute in symbol.GetAttributes())
            {
                if (FromAttribute(attribute) is { } attestation && attestation.AttributeName == attributeName)
                {
                    found.Add(attestation);
                }
            }
        }
    }
}
