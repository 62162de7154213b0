using System;
using System.Collections.Generic;
using Policy.Kernel.Json;

namespace Policy.Kernel.Artefacts
{
    /// <summary>"Health data", decided once: a category key of the taxonomy's <c>health</c> branch.</summary>
    public static class DataCategories
    {
        /// <summary>The root of the health branch; every other <c>health.*</c> key descends from it.</summary>
        public const string HealthRoot = "health.record";

        /// <summary>Pseudonyms and record ids: personal data, not health data (a FHIR resource's server id).</summary>
        public const string Pseudonymous = "identity.pseudonymous";

        public static bool IsHealth(string key) =>
            string.Equals(key, HealthRoot, StringComparison.Ordinal) || key.StartsWith("health.", StringComparison.Ordinal);

        /// <summary>
        /// The categories an artefact declares: SystemCard <c>dataCategoriesProcessed</c>, DataFlow
        /// <c>dataCategories</c> (keys), Dpia <c>dataCategories[].category</c>.
        /// </summary>
        public static IReadOnlyList<string> Declared(IJsonNode root)
        {
            var keys = new List<string>(root.StringsAt("dataCategoriesProcessed"));
            foreach (var item in root.ItemsAt("dataCategories"))
            {
                if ((item.StringValue ?? item.StringAt("category")) is { } key)
                {
                    keys.Add(key);
                }
            }

            return keys;
        }

        public static bool CarriesHealthData(IJsonNode root)
        {
            foreach (var key in Declared(root))
            {
                if (IsHealth(key))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
