// Decides from declarations alone which types and members carry health data: FHIR model types,
// [HealthData], and Microsoft.Extensions.Compliance classification attributes mapped to health in the
// policy or analyzer config. No name guessing. Results are cached per compilation.
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Policy.Analyzers.Policies;

namespace Policy.Analyzers.Health
{
    internal sealed class HealthClassifier
    {
        private const int MaxTypeArgumentDepth = 3;

        private readonly IReadOnlyDictionary<string, string> healthClassifications;
        private readonly ConcurrentDictionary<ISymbol, HealthClassification> typeCache = new ConcurrentDictionary<ISymbol, HealthClassification>(SymbolEqualityComparer.Default);
        private readonly ConcurrentDictionary<ISymbol, HealthClassification> memberCache = new ConcurrentDictionary<ISymbol, HealthClassification>(SymbolEqualityComparer.Default);

        public HealthClassifier(IReadOnlyDictionary<string, string> healthClassifications)
        {
            this.healthClassifications = healthClassifications;
        }

        /// <summary>Whether values of this type carry health data (wrappers such as Task&lt;T&gt;, T[] and List&lt;T&gt; included).</summary>
        public HealthClassification OfType(ITypeSymbol? type) => OfType(type, 0);

        /// <summary>What a field, property, parameter or method return declares, before looking at its type.</summary>
        public HealthClassification OfMember(ISymbol member) => memberCache.GetOrAdd(member, ComputeMember);

        /// <summary>The member's own declaration, else its type.</summary>
        public HealthClassification OfMemberOrType(ISymbol member, ITypeSymbol? type)
        {
            var declared = OfMember(member);
            return declared.IsHealth || declared.IsExplicitlyClean ? declared : OfType(type);
        }

        private HealthClassification OfType(ITypeSymbol? type, int depth)
        {
            if (type is null || depth > MaxTypeArgumentDepth || type.SpecialType == SpecialType.System_String || type.SpecialType == SpecialType.System_Object)
            {
                return HealthClassification.Unknown;
            }

            if (type is IArrayTypeSymbol array)
            {
                return OfType(array.ElementType, depth + 1);
            }

            var own = typeCache.GetOrAdd(type.OriginalDefinition, t => ComputeType((ITypeSymbol)t));
            if (own.IsHealth || own.IsExplicitlyClean)
            {
                return own;
            }

            if (type is INamedTypeSymbol named && named.IsGenericType)
            {
                foreach (var argument in named.TypeArguments)
                {
                    var inner = OfType(argument, depth + 1);
                    if (inner.IsHealth)
                    {
                        return inner;
                    }
                }
            }

            return HealthClassification.Unknown;
        }

        private HealthClassification ComputeType(ITypeSymbol type)
        {
            if (FhirResources.IsFhirModel(type))
            {
                if (!FhirResources.IsAboutAPatient(type))
                {
                    return HealthClassification.Unknown;
                }

                return HealthClassification.Health(ImmutableSortedSet.Create(StringComparer.Ordinal, FhirResources.CategoryOf(type)));
            }

            for (var t = type; t is not null; t = t.BaseType)
            {
                var declared = FromAttributes(t.GetAttributes());
                if (declared.IsHealth || declared.IsExplicitlyClean)
                {
                    return declared;
                }
            }

            foreach (var i in type.AllInterfaces)
            {
                var declared = FromAttributes(i.GetAttributes());
                if (declared.IsHealth)
                {
                    return declared;
                }
            }

            return HealthClassification.Unknown;
        }

        private HealthClassification ComputeMember(ISymbol member)
        {
            var attributes = member is IMethodSymbol method ? method.GetReturnTypeAttributes() : member.GetAttributes();
            var declared = FromAttributes(attributes);
            if (declared.IsHealth || declared.IsExplicitlyClean || member is not IPropertySymbol property)
            {
                return declared;
            }

            // A positional record's property takes the attributes written on its primary-constructor parameter.
            foreach (var constructor in property.ContainingType.InstanceConstructors)
            {
                var parameter = constructor.Parameters.FirstOrDefault(p => p.Name == property.Name && SymbolEqualityComparer.Default.Equals(p.Type, property.Type));
                if (parameter is not null && property.ContainingType.IsRecord)
                {
                    var fromParameter = FromAttributes(parameter.GetAttributes());
                    if (fromParameter.IsHealth || fromParameter.IsExplicitlyClean)
                    {
                        return fromParameter;
                    }
                }
            }

            return declared;
        }

        private HealthClassification FromAttributes(ImmutableArray<AttributeData> attributes)
        {
            var categories = ImmutableSortedSet.CreateBuilder<string>(StringComparer.Ordinal);
            foreach (var attribute in attributes)
            {
                var name = SymbolNames.FullName(attribute.AttributeClass);
                if (name == KnownNames.HealthDataAttribute)
                {
                    var declared = attribute.ConstructorArguments.SelectMany(Values).ToList();
                    categories.UnionWith(declared.Count == 0 ? new[] { DataCategoryTaxonomy.HealthRoot } : declared);
                }
                else if (name == KnownNames.NoDataClassificationAttribute)
                {
                    return HealthClassification.NotHealth;
                }
                else if (healthClassifications.TryGetValue(name, out var category)
                    && SymbolNames.DerivesFrom(attribute.AttributeClass, KnownNames.DataClassificationAttribute))
                {
                    categories.Add(category);
                }
            }

            return HealthClassification.Health(categories.ToImmutable());
        }

        private static IEnumerable<string> Values(TypedConstant constant)
        {
            if (constant.Kind == TypedConstantKind.Array)
            {
                return constant.Values.Select(v => v.Value as string).Where(s => !string.IsNullOrEmpty(s)).Select(s => s!);
            }

            return constant.Value is string s && s.Length > 0 ? new[] { s } : Array.Empty<string>();
        }
    }
}
