// The data-category taxonomy's parent relation: a DataFlow that declares a parent key covers its children.
// TODO: embed schemas/taxonomy.json as a resource once it exists on main (being written on another
// branch); until then this table holds DESIGN's keys. Every health.* key other than health.record
// has health.record as parent, whether or not it is listed here (artefact contract).
using System;
using System.Collections.Generic;

namespace Policy.Analyzers.Policies
{
    internal static class DataCategoryTaxonomy
    {
        public const string HealthRoot = "health.record";

        private static readonly Dictionary<string, string> Parents = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["health.diagnosis"] = HealthRoot,
            ["health.observation"] = HealthRoot,
            ["health.imaging"] = HealthRoot,
            ["health.medication"] = HealthRoot,
            ["health.genetic"] = HealthRoot,
            ["health.biometric"] = HealthRoot,
        };

        public static bool IsHealth(string key) =>
            string.Equals(key, HealthRoot, StringComparison.Ordinal) || key.StartsWith("health.", StringComparison.Ordinal);

        public static string? ParentOf(string key)
        {
            if (Parents.TryGetValue(key, out var parent))
            {
                return parent;
            }

            return IsHealth(key) && !string.Equals(key, HealthRoot, StringComparison.Ordinal) ? HealthRoot : null;
        }

        /// <summary>True when <paramref name="declared"/> is <paramref name="sent"/> or one of its ancestors.</summary>
        public static bool Covers(string declared, string sent)
        {
            for (var key = sent; key is not null; key = ParentOf(key))
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
    }
}
