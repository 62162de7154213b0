using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace Policy.Analyzers.Diagnostics
{
    internal static class SourceLocations
    {
        /// <summary>Where the tainted value came from, as an additional location (SARIF shows it as a related location).</summary>
        public static IEnumerable<Location>? Additional(Location? origin) =>
            origin is not null && origin.IsInSource ? new[] { origin } : null;
    }
}
