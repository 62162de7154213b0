// Everything the analyzers know about the policy repository for one compilation: artefacts by id,
// the files that cannot be read, and each artefact's approval status, decided by the kernel's
// ApprovalRegister (the code the CLI runs) on first use.
using System;
using System.Collections.Generic;
using System.Linq;
using Policy.Kernel.Approvals;
using Policy.Kernel.Governance;

namespace Policy.Analyzers.Policies
{
    internal sealed class PolicyIndex
    {
        private readonly Dictionary<string, PolicyArtefact> byId = new Dictionary<string, PolicyArtefact>(StringComparer.Ordinal);
        private readonly ApprovalRegister register;

        public PolicyIndex(IReadOnlyList<PolicyFile> files, PolicyOptions options)
        {
            Files = files;
            Options = options;
            var artefacts = new List<PolicyArtefact>();
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
                artefacts.Add(artefact);
                if (byId.TryGetValue(id, out var first))
                {
                    duplicates.Add((artefact, first));
                    continue;
                }

                byId.Add(id, artefact);
            }

            Duplicates = duplicates;
            register = new ApprovalRegister(artefacts, options.Today, ShippedRules.ApprovalGraceAfterReviewDue);

            // Governance x-analyzers settings count only from a Governance in force; the build's own options add to them.
            var fromGovernance = AnalyzerSettings.From(register.Governance);
            var classifications = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var pair in fromGovernance.HealthClassifications.Concat(options.HealthClassifications))
            {
                classifications[pair.Key] = pair.Value;
            }

            HealthClassifications = classifications;
            Sanitizers = new HashSet<string>(options.Sanitizers.Concat(fromGovernance.Sanitizers), StringComparer.Ordinal);
        }

        public IReadOnlyList<PolicyFile> Files { get; }

        public PolicyOptions Options { get; }

        /// <summary>Artefacts whose id an earlier file (by path) already uses, with that first artefact.</summary>
        public IReadOnlyList<(PolicyArtefact Duplicate, PolicyArtefact First)> Duplicates { get; }

        /// <summary>Data-classification attribute full names that mean health data, with their category.</summary>
        public IReadOnlyDictionary<string, string> HealthClassifications { get; }

        /// <summary>De-identification methods (<c>Namespace.Type.Method</c>) whose results are not health data.</summary>
        public ISet<string> Sanitizers { get; }

        /// <summary>The Governance artefact and whether it is in force.</summary>
        public GovernanceGate Governance => register.Governance;

        public IEnumerable<PolicyArtefact> Artefacts => byId.Values;

        public PolicyArtefact? Find(string id) => byId.TryGetValue(id, out var artefact) ? artefact : null;

        public IEnumerable<PolicyArtefact> OfKind(string kind) =>
            byId.Values.Where(a => string.Equals(a.Kind, kind, StringComparison.Ordinal)).OrderBy(a => a.Id, StringComparer.Ordinal);

        /// <summary>The kernel's verdict for an artefact (never null for the artefacts the index holds that have a content hash).</summary>
        public ApprovalStatus ApprovalOf(PolicyArtefact artefact) =>
            register.StatusOf(artefact) ?? new ApprovalStatus(false, null, Array.Empty<ApprovalProblem>());

        public bool IsApproved(PolicyArtefact artefact) => register.IsApproved(artefact);
    }
}
