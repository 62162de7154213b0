// The FHIR resource table (fhir-resources.json, embedded): what each resource type is about, its
// health category, which resources record a decision or enter the record, and which members are
// metadata or a server id. Data, in one place, read once; the rules only look it up.
using System;
using System.Collections.Generic;
using System.IO;
using Policy.Analyzers.Json;

namespace Policy.Analyzers.Health
{
    internal enum FhirResourceKind
    {
        /// <summary>About a patient: in the patient compartment, or names the patient.</summary>
        Patient,

        /// <summary>Holds other resources (Bundle, Parameters, Binary): health data until its entries are read.</summary>
        Container,

        /// <summary>People and places that deliver care (Practitioner, Organization, Endpoint).</summary>
        Directory,

        /// <summary>Defines things: terminology, conformance, knowledge, products (ValueSet, Medication, Questionnaire).</summary>
        Definition,
    }

    internal sealed class FhirResourceTable
    {
        public const string ResourceName = "Policy.Analyzers.fhir-resources.json";

        private static readonly Lazy<FhirResourceTable> Shared = new Lazy<FhirResourceTable>(Load);

        private readonly Dictionary<string, FhirResourceKind> kinds = new Dictionary<string, FhirResourceKind>(StringComparer.Ordinal);
        private readonly Dictionary<string, string> categories = new Dictionary<string, string>(StringComparer.Ordinal);
        private readonly HashSet<string> decisions = new HashSet<string>(StringComparer.Ordinal);
        private readonly HashSet<string> records = new HashSet<string>(StringComparer.Ordinal);
        private readonly List<(string Type, HashSet<string> Members)> metadata = new List<(string, HashSet<string>)>();
        private readonly List<(string Type, HashSet<string> Members)> pseudonymous = new List<(string, HashSet<string>)>();

        public static FhirResourceTable Instance => Shared.Value;

        /// <summary>The kind of a resource type name; a type the table does not list is about a patient.</summary>
        public FhirResourceKind KindOf(string resource) => kinds.TryGetValue(resource, out var kind) ? kind : FhirResourceKind.Patient;

        public bool IsListed(string resource) => kinds.ContainsKey(resource);

        public string? CategoryOf(string resource) => categories.TryGetValue(resource, out var category) ? category : null;

        public bool IsDecision(string resource) => decisions.Contains(resource);

        public bool IsRecord(string resource) => records.Contains(resource);

        /// <summary>(declaring FHIR type, member names) pairs: counts, type names, timestamps, versions.</summary>
        public IReadOnlyList<(string Type, HashSet<string> Members)> MetadataMembers => metadata;

        /// <summary>(declaring FHIR type, member names) pairs of the server id.</summary>
        public IReadOnlyList<(string Type, HashSet<string> Members)> PseudonymousMembers => pseudonymous;

        private static FhirResourceTable Load()
        {
            var table = new FhirResourceTable();
            using (var stream = typeof(FhirResourceTable).Assembly.GetManifestResourceStream(ResourceName))
            using (var reader = new StreamReader(stream ?? throw new InvalidOperationException(ResourceName + " is not embedded")))
            {
                var root = JsonReader.Parse(reader.ReadToEnd());
                foreach (var (key, kind) in new[]
                {
                    ("patient", FhirResourceKind.Patient), ("container", FhirResourceKind.Container),
                    ("directory", FhirResourceKind.Directory), ("definition", FhirResourceKind.Definition),
                })
                {
                    foreach (var name in Strings(root[key]))
                    {
                        table.kinds[name] = kind;
                    }
                }

                foreach (var member in (root["categories"] as JsonObject)?.Members ?? Array.Empty<JsonMember>())
                {
                    if (member.Value.AsString is { } category)
                    {
                        table.categories[member.Name] = category;
                    }
                }

                table.decisions.UnionWith(Strings(root["decisions"]));
                table.records.UnionWith(Strings(root["records"]));
                ReadMembers(root["metadataMembers"], table.metadata);
                ReadMembers(root["pseudonymousMembers"], table.pseudonymous);
            }

            return table;
        }

        private static void ReadMembers(JsonValue? map, List<(string, HashSet<string>)> into)
        {
            foreach (var member in (map as JsonObject)?.Members ?? Array.Empty<JsonMember>())
            {
                into.Add(("Hl7.Fhir.Model." + member.Name, new HashSet<string>(Strings(member.Value), StringComparer.Ordinal)));
            }
        }

        private static IEnumerable<string> Strings(JsonValue? array)
        {
            foreach (var item in array?.Items ?? Array.Empty<JsonValue>())
            {
                if (item.AsString is { } text)
                {
                    yield return text;
                }
            }
        }
    }
}
