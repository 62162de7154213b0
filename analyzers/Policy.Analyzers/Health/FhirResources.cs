// What a FHIR model type means for the rules: its data category, and whether writing it records a
// care decision (HP005) or enters the medical record (HP008).
using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Policy.Analyzers.Policies;

namespace Policy.Analyzers.Health
{
    internal static class FhirResources
    {
        private const string ModelNamespace = "Hl7.Fhir.Model.";

        private static readonly Dictionary<string, string> Categories = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["Observation"] = "health.observation",
            ["Condition"] = "health.diagnosis",
            ["ClinicalImpression"] = "health.diagnosis",
            ["MedicationRequest"] = "health.medication",
            ["MedicationStatement"] = "health.medication",
            ["MedicationAdministration"] = "health.medication",
            ["MedicationDispense"] = "health.medication",
            ["Medication"] = "health.medication",
            ["ImagingStudy"] = "health.imaging",
            ["Media"] = "health.imaging",
            ["MolecularSequence"] = "health.genetic",
            ["DiagnosticReport"] = "health.report",
            ["Composition"] = "health.report",
            ["DocumentReference"] = "health.report",
            ["Specimen"] = "health.laboratory",
        };

        /// <summary>Resources that state a care decision (GDPR Art. 22 "decision with significant effect").</summary>
        private static readonly HashSet<string> DecisionResources = new HashSet<string>(StringComparer.Ordinal)
        {
            "MedicationRequest", "ServiceRequest", "CarePlan", "RiskAssessment", "Flag", "Condition", "ClinicalImpression",
            "DetectedIssue", "DeviceRequest", "NutritionOrder", "ImmunizationRecommendation", "VisionPrescription", "Goal",
        };

        /// <summary>Resources that are the medical record's documents and results (CNIL/HAS: review before the record).</summary>
        private static readonly HashSet<string> RecordResources = new HashSet<string>(StringComparer.Ordinal)
        {
            "DocumentReference", "Composition", "DiagnosticReport", "Observation", "Media", "QuestionnaireResponse",
            "AllergyIntolerance", "FamilyMemberHistory", "Procedure", "Communication",
        };

        public static bool IsFhirModel(ITypeSymbol? type) => SymbolNames.DerivesFrom(type, KnownNames.FhirBase);

        /// <summary>A resource (Patient, Observation, Bundle), as opposed to a data type (CodeableConcept, Dosage).</summary>
        public static bool IsResource(ITypeSymbol? type) => SymbolNames.DerivesFrom(type, "Hl7.Fhir.Model.Resource");

        /// <summary>A FHIR data type, or an array, list or task of them (Dosage, List&lt;Dosage&gt;).</summary>
        public static bool IsDataTypeOrCollectionOfThem(ITypeSymbol? type)
        {
            for (var depth = 0; depth < 3 && type is not null; depth++)
            {
                if (IsFhirModel(type))
                {
                    return !IsResource(type);
                }

                type = type is IArrayTypeSymbol array ? array.ElementType
                    : type is INamedTypeSymbol { IsGenericType: true } named && named.TypeArguments.Length == 1 ? named.TypeArguments[0]
                    : null;
            }

            return false;
        }

        /// <summary>The category of the most specific known resource type in the chain; health.record otherwise.</summary>
        public static string CategoryOf(ITypeSymbol type)
        {
            for (var t = type; t is not null; t = t.BaseType)
            {
                if (ResourceName(t) is { } name && Categories.TryGetValue(name, out var category))
                {
                    return category;
                }
            }

            return DataCategoryTaxonomy.HealthRoot;
        }

        public static string? DecisionResource(ITypeSymbol? type) => Match(type, DecisionResources);

        public static string? RecordResource(ITypeSymbol? type) => Match(type, RecordResources);

        private static string? Match(ITypeSymbol? type, HashSet<string> names)
        {
            for (var t = type; t is not null; t = t.BaseType)
            {
                if (ResourceName(t) is { } name && names.Contains(name))
                {
                    return name;
                }
            }

            return null;
        }

        private static string? ResourceName(ITypeSymbol type)
        {
            var full = SymbolNames.FullName(type);
            return full.StartsWith(ModelNamespace, StringComparison.Ordinal) && full.IndexOf('+') < 0
                ? full.Substring(ModelNamespace.Length)
                : null;
        }
    }
}
