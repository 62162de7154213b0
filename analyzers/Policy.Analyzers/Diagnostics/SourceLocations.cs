using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace Policy.Analyzers.Diagnostics
{
    internal static class SourceLocations
    {
        /// <summary>Where the tainted value came from, as an additional location (SARIF shows it as a related location).</summary>
        public static IEnumerable<Location>? Additional(Location? origin) =>
            origin is not null && origin.IsInSource ? new[] { origin } : null;

        /// <summary>The origin, then the sink inside the wrapper the call goes through (when it does).</summary>
        public static IEnumerable<Location>? Additional(Location? origin, Location? sinkInWrapper)
        {
            var locations = new List<Location>();
            if (origin is not null && origin.IsInSource)
            {
                locations.Add(origin);
            }

            if (sinkInWrapper is not null && sinkInWrapper.IsInSource)
            {
                locations.Add(sinkInWrapper);
            }

            return locations.Count == 0 ? null : locations;
        }
    }
}
