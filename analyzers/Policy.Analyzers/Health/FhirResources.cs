// What a FHIR model type means for the rules: whether it is about a patient, its data category,
// whether writing it records a care decision (HP005) or enters the medical record (HP008), and which
// of its members are metadata or the server id. The decisions are data (fhir-resources.json).
using System;
using Microsoft.CodeAnalysis;
using Policy.Analyzers.Policies;

namespace Policy.Analyzers.Health
{
    internal static class FhirResources
    {
        private const string ModelNamespace = "Hl7.Fhir.Model.";

        private static FhirResourceTable Table => FhirResourceTable.Instance;

        public static bool IsFhirModel(ITypeSymbol? type) => SymbolNames.DerivesFrom(type, KnownNames.FhirBase);

        /// <summary>A resource (Patient, Observation, Bundle), as opposed to a data type (CodeableConcept, Dosage).</summary>
        public static bool IsResource(ITypeSymbol? type) => SymbolNames.DerivesFrom(type, "Hl7.Fhir.Model.Resource");

        /// <summary>A FHIR data type, or an array, list or task of them (Dosage, List&lt;Dosage&gt;).</summary>
        public static bool IsDataTypeOrCollectionOfThem(ITypeSymbol? type) => ElementOf(type) is { } element && !IsResource(element);

        /// <summary>
        /// A resource type the table decides (Observation, Medication, Practitioner), or a collection of
        /// them: its values carry that type's categories whatever they were read from. Containers and the
        /// abstract Resource and DomainResource are not: what they hold is unknown.
        /// </summary>
        public static bool IsDecidedResourceOrCollectionOfThem(ITypeSymbol? type) =>
            ElementOf(type) is { } element && IsResource(element) && Named(element) is { } name
            && Table.IsListed(name) && Table.KindOf(name) != FhirResourceKind.Container;

        /// <summary>False for resources that define things or describe who delivers care (ValueSet, Medication, Organization).</summary>
        public static bool IsAboutAPatient(ITypeSymbol type)
        {
            for (var t = type; t is not null; t = t.BaseType)
            {
                if (Named(t) is { } name && Table.IsListed(name))
                {
                    var kind = Table.KindOf(name);
                    return kind == FhirResourceKind.Patient || kind == FhirResourceKind.Container;
                }
            }

            return true;
        }

        /// <summary>The category of the most specific known resource type in the chain; health.record otherwise.</summary>
        public static string CategoryOf(ITypeSymbol type)
        {
            for (var t = type; t is not null; t = t.BaseType)
            {
                if (Named(t) is { } name && Table.CategoryOf(name) is { } category)
                {
                    return category;
                }
            }

            return DataCategoryTaxonomy.HealthRoot;
        }

        public static string? DecisionResource(ITypeSymbol? type) => Match(type, Table.IsDecision);

        public static string? RecordResource(ITypeSymbol? type) => Match(type, Table.IsRecord);

        /// <summary>Counts, type names, versions and timestamps of a FHIR value (Bundle.Total, TypeName, Meta.LastUpdated).</summary>
        public static bool IsMetadata(ISymbol member) => Declares(member, Table.MetadataMembers);

        /// <summary>The server id of a resource (Resource.Id): a pseudonymous identifier, not health data.</summary>
        public static bool IsServerId(ISymbol member) => Declares(member, Table.PseudonymousMembers);

        private static bool Declares(ISymbol member, System.Collections.Generic.IReadOnlyList<(string Type, System.Collections.Generic.HashSet<string> Members)> rows)
        {
            foreach (var (type, members) in rows)
            {
                if (members.Contains(member.Name) && SymbolNames.DerivesFrom(member.ContainingType, type))
                {
                    return true;
                }
            }

            return false;
        }

        private static ITypeSymbol? ElementOf(ITypeSymbol? type)
        {
            for (var depth = 0; depth < 3 && type is not null; depth++)
            {
                if (IsFhirModel(type))
                {
                    return type;
                }

                type = type is IArrayTypeSymbol array ? array.ElementType
                    : type is INamedTypeSymbol { IsGenericType: true } named && named.TypeArguments.Length == 1 ? named.TypeArguments[0]
                    : null;
            }

            return null;
        }

        private static string? Match(ITypeSymbol? type, Func<string, bool> test)
        {
            for (var t = type; t is not null; t = t.BaseType)
            {
                if (Named(t) is { } name && test(name))
                {
                    return name;
                }
            }

            return null;
        }

        private static string? Named(ITypeSymbol type)
        {
            var full = SymbolNames.FullName(type);
            return full.StartsWith(ModelNamespace, StringComparison.Ordinal) && full.IndexOf('+') < 0
                ? full.Substring(ModelNamespace.Length)
                : null;
        }
    }
}
