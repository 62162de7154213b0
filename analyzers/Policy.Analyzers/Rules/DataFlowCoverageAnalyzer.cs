// HP004: the attested DataFlow does not cover what is sent: a data category missing from its
// dataCategories (a parent key covers its children), or a constant destination host outside its
// destination.endpoints. Checked only when every attested flow is known and approved; otherwise
// HP002/HP003 on the attribute say what is wrong.
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Policy.Analyzers.Attestations;
using Policy.Analyzers.Diagnostics;
using Policy.Analyzers.Flow;
using Policy.Analyzers.Policies;
using Policy.Analyzers.Sinks;

namespace Policy.Analyzers.Rules
{
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class DataFlowCoverageAnalyzer : DiagnosticAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.HP004);

        public override void Initialize(AnalysisContext context)
        {
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.EnableConcurrentExecution();
            context.RegisterCompilationStartAction(start =>
            {
                var index = PolicyIndexProvider.Get(start);
                FlowRuleHost.Register(start, index, sink => sink.Family != SinkFamily.Log, (block, hit) => Check(block, hit, index));
            });
        }

        private static void Check(OperationBlockAnalysisContext context, SinkHit hit, PolicyIndex index)
        {
            if (!hit.Payload.IsHealth)
            {
                return;
            }

            var attested = AttestationReader.Covering(hit.AttestedBy, AttestationReader.DataFlow);
            var flows = new List<PolicyArtefact>();
            foreach (var attestation in attested)
            {
                var (state, artefact) = AttestationResolution.Resolve(attestation, index);
                if (state != AttestationState.Approved)
                {
                    return;
                }

                flows.Add(artefact!);
            }

            var categories = hit.Payload.Categories;
            if (flows.Count == 0 || flows.Any(f => DataFlowCoverage.Covers(f, categories, hit.Host)))
            {
                return;
            }

            var best = flows.OrderBy(f => DataFlowCoverage.MissingCategories(f, categories).Count).ThenBy(f => f.Id, System.StringComparer.Ordinal).First();
            var missing = DataFlowCoverage.MissingCategories(best, categories);
            var message = Describe(best, missing, hit.Host, flows);

            var separator = DiagnosticPropertyNames.ListSeparator.ToString();
            var properties = ImmutableDictionary.CreateBuilder<string, string?>();
            properties[DiagnosticPropertyNames.Categories] = string.Join(separator, categories);
            properties[DiagnosticPropertyNames.MissingCategories] = string.Join(separator, missing);
            properties[DiagnosticPropertyNames.SinkFamily] = hit.Sink.FamilyName;
            properties[DiagnosticPropertyNames.AttestedDataFlows] = string.Join(separator, flows.Select(f => f.Id));
            properties[DiagnosticPropertyNames.CandidateDataFlows] = string.Join(separator, DataFlowCoverage.Candidates(index, categories, hit.Host));
            if (hit.Host is not null)
            {
                properties[DiagnosticPropertyNames.Host] = hit.Host;
            }

            if (index.Options.PolicyRoot is not null)
            {
                properties[DiagnosticPropertyNames.PolicyRoot] = index.Options.PolicyRoot;
            }

            context.ReportDiagnostic(Diagnostic.Create(Descriptors.HP004, hit.Location, SourceLocations.Additional(hit.Payload.Origin, hit.SinkLocation), properties.ToImmutable(), message));
        }

        private static string Describe(PolicyArtefact best, IReadOnlyList<string> missing, string? host, List<PolicyArtefact> flows)
        {
            var parts = new List<string>();
            if (missing.Count > 0)
            {
                parts.Add($"DataFlow '{best.Id}' does not list {string.Join(", ", missing)} (it declares {Listed(best.DataCategories)})");
            }

            if (host is not null && !flows.Any(f => DataFlowCoverage.CoversHost(f, host)))
            {
                parts.Add($"host '{host}' is outside the destination.endpoints of {string.Join(", ", flows.Select(f => $"'{f.Id}' ({Listed(f.Endpoints)})"))}");
            }

            if (parts.Count == 0)
            {
                parts.Add($"no single attested DataFlow covers both the categories sent and host '{host}'");
            }

            return string.Join("; ", parts) + "; update the declaration and have it approved, or attest a flow that covers this call";
        }

        private static string Listed(IReadOnlyList<string> values) => values.Count == 0 ? "none" : string.Join(", ", values);
    }
}
