using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Policy.Analyzers.Json;

namespace Policy.Analyzers.Policies
{
    /// <summary>An artefact of the policy repository, with the key fields the analyzers read (docs/dev/artefact-contract.md).</summary>
    internal sealed class PolicyArtefact
    {
        public PolicyArtefact(PolicyFile file, string kind, string id)
        {
            File = file;
            Kind = kind;
            Id = id;
        }

        public PolicyFile File { get; }

        public string Kind { get; }

        public string Id { get; }

        public JsonValue Root => File.Document.Root!;

        public string ContentHash => File.Document.ContentHash!;

        /// <summary>The id of the SystemCard this artefact belongs to.</summary>
        public string? System => Root["system"]?.AsString;

        /// <summary>DataFlow <c>dataCategories</c>, SystemCard <c>dataCategoriesProcessed</c>.</summary>
        public IReadOnlyList<string> DataCategories =>
            Strings(Root["dataCategories"] ?? Root["dataCategoriesProcessed"]);

        /// <summary>DataFlow <c>destination.endpoints</c>: host names or <c>*.suffix</c> patterns.</summary>
        public IReadOnlyList<string> Endpoints => Strings(Root["destination"]?["endpoints"]);

        /// <summary>SystemCard <c>aiAct.riskClass</c>.</summary>
        public string? RiskClass => Root["aiAct"]?["riskClass"]?.AsString;

        public DateTime? ReviewDue => ParseDate(Root["reviewDue"]?.AsString);

        public static IReadOnlyList<string> Strings(JsonValue? array) =>
            array is null ? Array.Empty<string>() : array.Items.Select(i => i.AsString).Where(s => s is not null).Select(s => s!).ToList();

        public static DateTime? ParseDate(string? text)
        {
            if (text is null)
            {
                return null;
            }

            // Dates are yyyy-mm-dd; a date-time keeps only its date.
            var datePart = text.Length >= 10 ? text.Substring(0, 10) : text;
            return DateTime.TryParseExact(datePart, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
                ? date
                : (DateTime?)null;
        }
    }
}
