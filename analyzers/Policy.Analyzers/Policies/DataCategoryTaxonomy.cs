// The data-category taxonomy's parent relation: a DataFlow that declares a parent key covers its
// children. Read from schemas/taxonomy.json, embedded at build time when the repository has it;
// otherwise from the built-in table of the taxonomy's keys (docs/format.md). Either way, every health.* key other than
// health.record has health.record as parent (artefact contract), listed or not.
using System;
using System.Collections.Generic;
using System.IO;
using Policy.Analyzers.Json;

namespace Policy.Analyzers.Policies
{
    internal static class DataCategoryTaxonomy
    {
        public const string HealthRoot = Kernel.Artefacts.DataCategories.HealthRoot;
        public const string ResourceName = "Policy.Analyzers.taxonomy.json";

        private static readonly Lazy<Dictionary<string, string>> Parents = new Lazy<Dictionary<string, string>>(Load);

        /// <summary>True when the parents come from the embedded schemas/taxonomy.json rather than the built-in table.</summary>
        public static bool FromRepositoryTaxonomy => Parents.Value.ContainsKey(LoadedMarker);

        private const string LoadedMarker = "\0embedded";

        public static bool IsHealth(string key) => Kernel.Artefacts.DataCategories.IsHealth(key);

        public static string? ParentOf(string key)
        {
            if (Parents.Value.TryGetValue(key, out var parent))
            {
                return parent;
            }

            return IsHealth(key) && !string.Equals(key, HealthRoot, StringComparison.Ordinal) ? HealthRoot : null;
        }

        /// <summary>True when <paramref name="declared"/> is <paramref name="sent"/> or one of its ancestors.</summary>
        public static bool Covers(string declared, string sent)
        {
            var depth = 0;
            for (var key = sent; key is not null && depth < 16; key = ParentOf(key), depth++)
            {
                if (string.Equals(key, declared, StringComparison.Ordinal))
                {
                    return true;
                }
            }

            return false;
        }

        public static bool AnyCovers(IEnumerable<string> declared, string sent)
        {
            foreach (var d in declared)
            {
                if (Covers(d, sent))
                {
                    return true;
                }
            }

            return false;
        }

        private static Dictionary<string, string> Load()
        {
            var parents = new Dictionary<string, string>(StringComparer.Ordinal);
            using (var stream = typeof(DataCategoryTaxonomy).Assembly.GetManifestResourceStream(ResourceName))
            {
                if (stream is not null)
                {
                    using (var reader = new StreamReader(stream))
                    {
                        try
                        {
                            foreach (var category in JsonReader.Parse(reader.ReadToEnd())["dataCategories"]?.Items ?? Array.Empty<JsonValue>())
                            {
                                if (category["key"]?.AsString is { } key && category["parent"]?.AsString is { } parent)
                                {
                                    parents[key] = parent;
                                }
                            }

                            parents[LoadedMarker] = LoadedMarker;
                            return parents;
                        }
                        catch (JsonReadException)
                        {
                            // A broken taxonomy file is the validator's to report; fall back to the table.
                            parents.Clear();
                        }
                    }
                }
            }

            foreach (var key in new[] { "health.diagnosis", "health.observation", "health.imaging", "health.medication", "health.laboratory", "health.report", "health.audio", "health.freetext", "health.genetic", "health.biometric" })
            {
                parents[key] = HealthRoot;
            }

            return parents;
        }
    }
}
