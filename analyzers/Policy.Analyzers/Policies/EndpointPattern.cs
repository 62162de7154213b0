using System;

namespace Policy.Analyzers.Policies
{
    /// <summary>
    /// DataFlow <c>destination.endpoints</c> entries: an exact host, or <c>*.suffix</c>, which matches
    /// hosts with at least one more whole DNS label before the suffix (<c>*.hds.example</c> matches
    /// <c>api.hds.example</c>, not <c>hds.example</c> nor <c>evilhds.example</c>).
    /// </summary>
    internal static class EndpointPattern
    {
        public static bool Matches(string pattern, string host)
        {
            var p = Normalise(pattern);
            var h = Normalise(host);
            if (p.StartsWith("*.", StringComparison.Ordinal))
            {
                var suffix = p.Substring(1); // ".hds.example": the dot keeps the match on a label boundary
                return h.Length > suffix.Length && h.EndsWith(suffix, StringComparison.Ordinal);
            }

            return string.Equals(p, h, StringComparison.Ordinal);
        }

        private static string Normalise(string name) => name.Trim().TrimEnd('.').ToLowerInvariant();
    }
}
