// Whether a DataFlow declaration covers what a sink sends: every category (a parent key covers its
// children) and, when the address is a constant, its host among destination.endpoints.
using System.Collections.Generic;
using System.Linq;

namespace Policy.Analyzers.Policies
{
    internal static class DataFlowCoverage
    {
        public static IReadOnlyList<string> MissingCategories(PolicyArtefact flow, IEnumerable<string> sent)
        {
            var declared = flow.DataCategories;
            return sent.Where(c => !DataCategoryTaxonomy.AnyCovers(declared, c)).ToList();
        }

        /// <summary>True when the host is unknown, the flow names no endpoints, or one endpoint pattern matches.</summary>
        public static bool CoversHost(PolicyArtefact flow, string? host)
        {
            var endpoints = flow.Endpoints;
            return host is null || endpoints.Count == 0 || endpoints.Any(e => EndpointPattern.Matches(e, host));
        }

        public static bool Covers(PolicyArtefact flow, IEnumerable<string> sent, string? host) =>
            MissingCategories(flow, sent).Count == 0 && CoversHost(flow, host);

        /// <summary>Approved DataFlows that cover the categories and host: what a code fix can offer.</summary>
        public static IReadOnlyList<string> Candidates(PolicyIndex index, IEnumerable<string> sent, string? host)
        {
            var categories = sent.ToList();
            return index.OfKind("DataFlow").Where(f => index.IsApproved(f) && Covers(f, categories, host)).Select(f => f.Id).ToList();
        }
    }
}
