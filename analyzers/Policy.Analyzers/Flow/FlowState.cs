// The facts known at one program point, keyed by local, parameter, field or flow capture.
using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.FlowAnalysis;

namespace Policy.Analyzers.Flow
{
    internal sealed class FlowState
    {
        private static readonly KeyComparer Comparer = new KeyComparer();
        private readonly Dictionary<object, Fact> facts;

        public FlowState()
        {
            facts = new Dictionary<object, Fact>(Comparer);
        }

        private FlowState(Dictionary<object, Fact> facts)
        {
            this.facts = new Dictionary<object, Fact>(facts, Comparer);
        }

        public IEnumerable<KeyValuePair<object, Fact>> Entries => facts;

        public FlowState Copy() => new FlowState(facts);

        public Fact Get(object key) => facts.TryGetValue(key, out var fact) ? fact : Fact.Clean;

        /// <summary>Strong update: the key now holds exactly this value.</summary>
        public void Set(object key, Fact fact) => facts[key] = fact;

        /// <summary>Weak update: the key may also hold this value (a member or element of it was written).</summary>
        public void Add(object key, Fact fact)
        {
            if (fact.IsTainted)
            {
                facts[key] = facts.TryGetValue(key, out var existing) ? existing.Absorb(fact) : fact.WithHost(null);
            }
        }

        public void JoinWith(FlowState other)
        {
            foreach (var pair in other.facts)
            {
                facts[pair.Key] = facts.TryGetValue(pair.Key, out var existing) ? Fact.Join(existing, pair.Value) : pair.Value;
            }
        }

        public bool SameAs(FlowState other)
        {
            if (facts.Count != other.facts.Count)
            {
                return false;
            }

            foreach (var pair in facts)
            {
                if (!other.facts.TryGetValue(pair.Key, out var fact) || !fact.SameAs(pair.Value))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>Symbols compare with SymbolEqualityComparer; flow captures by their id.</summary>
        internal sealed class KeyComparer : IEqualityComparer<object>
        {
            public new bool Equals(object? x, object? y) =>
                x is ISymbol a && y is ISymbol b ? SymbolEqualityComparer.Default.Equals(a, b) : object.Equals(x, y);

            public int GetHashCode(object obj) =>
                obj is ISymbol symbol ? SymbolEqualityComparer.Default.GetHashCode(symbol) : obj is CaptureId id ? id.GetHashCode() : obj.GetHashCode();
        }
    }
}
