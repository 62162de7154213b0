// Options the analyzers read from the global analyzer config (.globalconfig or MSBuild properties).
using System;
using System.Collections.Generic;
using System.Globalization;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Policy.Analyzers.Policies
{
    internal sealed class PolicyOptions
    {
        public const string PolicyRootKey = "build_property.PolicyRoot";
        public const string TodayKey = "policy_analyzers.today";
        public const string HealthClassificationsKey = "policy_analyzers.health_classifications";
        public const string SanitizersKey = "policy_analyzers.sanitizers";
        public const string LogCategoriesKey = "policy_analyzers.log_categories";

        private PolicyOptions(string? policyRoot, DateTime today, IReadOnlyDictionary<string, string> healthClassifications, IReadOnlyCollection<string> sanitizers, IReadOnlyCollection<string> logCategories)
        {
            LogCategories = logCategories;
            PolicyRoot = policyRoot;
            Today = today;
            HealthClassifications = healthClassifications;
            Sanitizers = sanitizers;
        }

        /// <summary>The policy folder (build_property.PolicyRoot), or null: then every .json AdditionalFile with a kind is a policy file.</summary>
        public string? PolicyRoot { get; }

        /// <summary>The date approvals are judged on: <c>policy_analyzers.today</c>, else the build's UTC date.</summary>
        public DateTime Today { get; }

        /// <summary>
        /// Data-classification attribute full names mapped to a health category
        /// (<c>policy_analyzers.health_classifications = Contoso.PhiAttribute=health.record; ...</c>).
        /// </summary>
        public IReadOnlyDictionary<string, string> HealthClassifications { get; }

        /// <summary>De-identification methods, as <c>Namespace.Type.Method</c> (<c>policy_analyzers.sanitizers</c>, ';'-separated).</summary>
        public IReadOnlyCollection<string> Sanitizers { get; }

        /// <summary>
        /// Personal-data categories other than health whose logging HP007 reports
        /// (<c>policy_analyzers.log_categories = identity.pseudonymous</c>); none by default.
        /// </summary>
        public IReadOnlyCollection<string> LogCategories { get; }

        public string Key => string.Join("|", PolicyRoot, Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), string.Join(";", HealthClassifications), string.Join(";", Sanitizers), string.Join(";", LogCategories));

        public static PolicyOptions Read(AnalyzerConfigOptions global, DateTime utcNow)
        {
            global.TryGetValue(PolicyRootKey, out var root);
            var today = utcNow.Date;
            if (global.TryGetValue(TodayKey, out var todayText)
                && DateTime.TryParseExact(todayText.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var configured))
            {
                today = configured;
            }

            var classifications = new Dictionary<string, string>(StringComparer.Ordinal);
            if (global.TryGetValue(HealthClassificationsKey, out var mapText))
            {
                foreach (var entry in Split(mapText))
                {
                    var equals = entry.IndexOf('=');
                    var name = (equals < 0 ? entry : entry.Substring(0, equals)).Trim();
                    var category = equals < 0 ? DataCategoryTaxonomy.HealthRoot : entry.Substring(equals + 1).Trim();
                    if (name.Length > 0)
                    {
                        classifications[name] = category;
                    }
                }
            }

            var sanitizers = new List<string>();
            if (global.TryGetValue(SanitizersKey, out var sanitizerText))
            {
                sanitizers.AddRange(Split(sanitizerText));
            }

            var logCategories = new List<string>();
            if (global.TryGetValue(LogCategoriesKey, out var logText))
            {
                logCategories.AddRange(Split(logText));
            }

            return new PolicyOptions(string.IsNullOrWhiteSpace(root) ? null : root!.Trim(), today, classifications, sanitizers, logCategories);
        }

        private static IEnumerable<string> Split(string text)
        {
            foreach (var part in text.Split(new[] { ';', ',' }, StringSplitOptions.RemoveEmptyEntries))
            {
                var trimmed = part.Trim();
                if (trimmed.Length > 0)
                {
                    yield return trimmed;
                }
            }
        }
    }
}
