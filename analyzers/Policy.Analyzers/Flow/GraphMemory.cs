// What one graph's pass remembers across blocks and rounds, flow-insensitively: flow captures that
// read a variable, and writers that write into another variable (an XmlWriter over a StringBuilder,
// a StreamWriter over a Stream), so what is written into the writer reaches what it wraps, and
// variables the method parses into health data.
using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.FlowAnalysis;

namespace Policy.Analyzers.Flow
{
    internal sealed class GraphMemory
    {
        private const int MaxWrapDepth = 4;

        private readonly Dictionary<object, HashSet<object>> wraps = new Dictionary<object, HashSet<object>>(new FlowState.KeyComparer());

        /// <summary>Flow captures of a reference (request.Note captured before .Add) mapped to the variable they read.</summary>
        public Dictionary<CaptureId, object> Aliases { get; } = new Dictionary<CaptureId, object>();

        private readonly Dictionary<object, Fact> parsed = new Dictionary<object, Fact>(new FlowState.KeyComparer());

        /// <summary>A variable the method parses into health data (ParsedInputs): it holds that data at every point.</summary>
        public void Parsed(object key, Fact fact) => parsed[key] = parsed.TryGetValue(key, out var existing) ? existing.Union(fact) : fact;

        /// <summary>What a variable holds whatever was assigned to it.</summary>
        public Fact ParsedAs(object key) => parsed.Count > 0 && parsed.TryGetValue(key, out var fact) ? fact : Fact.Clean;

        public void Wrap(object writer, object wrapped)
        {
            if (!wraps.TryGetValue(writer, out var set))
            {
                wraps[writer] = set = new HashSet<object>(new FlowState.KeyComparer());
            }

            set.Add(wrapped);
        }

        /// <summary>The key and everything it writes into, through at most a few writers.</summary>
        public IEnumerable<object> WrittenThrough(object key)
        {
            var seen = new HashSet<object>(new FlowState.KeyComparer()) { key };
            var frontier = new List<object> { key };
            for (var depth = 0; depth < MaxWrapDepth && frontier.Count > 0; depth++)
            {
                var next = new List<object>();
                foreach (var item in frontier)
                {
                    if (wraps.TryGetValue(item, out var wrapped))
                    {
                        foreach (var inner in wrapped)
                        {
                            if (seen.Add(inner))
                            {
                                next.Add(inner);
                            }
                        }
                    }
                }

                frontier = next;
            }

            return seen;
        }
    }
}
