// Everything the analyzers know about the policy repository for one compilation: artefacts by id,
// the files that cannot be read, and each artefact's approval status (computed on first use).
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using Policy.Approvals;

namespace Policy.Analyzers.Policies
{
    internal sealed class PolicyIndex
    {
        private readonly Dictionary<string, PolicyArtefact> byId = new Dictionary<string, PolicyArtefact>(StringComparer.Ordinal);
        private readonly List<ApprovalRecord> approvals = new List<ApprovalRecord>();
        private readonly ConcurrentDictionary<PolicyArtefact, ApprovalStatus> statuses = new ConcurrentDictionary<PolicyArtefact, ApprovalStatus>();
        private readonly IReadOnlyList<ApprovalMatrixEntry> matrix;
        private readonly TimeSpan grace;

        public PolicyIndex(IReadOnlyList<PolicyFile> files, PolicyOptions options)
        {
            Files = files;
            Options = options;
            PolicyArtefact? governance = null;
            var duplicates = new List<(PolicyArtefact, PolicyArtefact)>();
            foreach (var file in files)
            {
                var kind = file.Document.Kind;
                var id = file.Document.Id;
                if (file.Document.Root is null || kind is null || id is null)
                {
                    continue;
                }

                var artefact = new PolicyArtefact(file, kind, id);
                if (byId.TryGetValue(id, out var first))
                {
                    duplicates.Add((artefact, first));
                    continue;
                }

                byId.Add(id, artefact);
                if (string.Equals(kind, "Governance", StringComparison.Ordinal))
                {
                    governance ??= artefact;
                }
                else if (string.Equals(kind, "Approval", StringComparison.Ordinal) && ApprovalMapping.ToRecord(artefact) is { } record)
                {
                    approvals.Add(record);
                }
            }

            Duplicates = duplicates;
            matrix = ApprovalMapping.ToMatrix(governance);
            grace = ApprovalMapping.ToGrace(governance);
            HealthClassifications = MergeClassifications(options, governance);
            Sanitizers = new HashSet<string>(options.Sanitizers.Concat(PolicyArtefact.Strings(governance?.Root["x-analyzers"]?["sanitizers"])), StringComparer.Ordinal);
        }

        public IReadOnlyList<PolicyFile> Files { get; }

        public PolicyOptions Options { get; }

        /// <summary>Artefacts whose id an earlier file (by path) already uses, with that first artefact.</summary>
        public IReadOnlyList<(PolicyArtefact Duplicate, PolicyArtefact First)> Duplicates { get; }

        /// <summary>Data-classification attribute full names that mean health data, with their category.</summary>
        public IReadOnlyDictionary<string, string> HealthClassifications { get; }

        /// <summary>De-identification methods (<c>Namespace.Type.Method</c>) whose results are not health data.</summary>
        public ISet<string> Sanitizers { get; }

        public IEnumerable<PolicyArtefact> Artefacts => byId.Values;

        public PolicyArtefact? Find(string id) => byId.TryGetValue(id, out var artefact) ? artefact : null;

        public IEnumerable<PolicyArtefact> OfKind(string kind) =>
            byId.Values.Where(a => string.Equals(a.Kind, kind, StringComparison.Ordinal)).OrderBy(a => a.Id, StringComparer.Ordinal);

        public ApprovalStatus ApprovalOf(PolicyArtefact artefact) =>
            statuses.GetOrAdd(artefact, a => ApprovalEvaluator.Evaluate(ApprovalMapping.ToTarget(a), approvals, matrix, Options.Today, grace));

        public bool IsApproved(PolicyArtefact artefact) => ApprovalOf(artefact).IsApproved;

        private static IReadOnlyDictionary<string, string> MergeClassifications(PolicyOptions options, PolicyArtefact? governance)
        {
            // Governance "x-analyzers": { "healthClassifications": { "Contoso.PhiAttribute": "health.record" } }
            var merged = new Dictionary<string, string>(StringComparer.Ordinal);
            if (governance?.Root["x-analyzers"]?["healthClassifications"] is Json.JsonObject map)
            {
                foreach (var member in map.Members)
                {
                    merged[member.Name] = member.Value.AsString ?? DataCategoryTaxonomy.HealthRoot;
                }
            }

            foreach (var pair in options.HealthClassifications)
            {
                merged[pair.Key] = pair.Value;
            }

            return merged;
        }
    }
}
