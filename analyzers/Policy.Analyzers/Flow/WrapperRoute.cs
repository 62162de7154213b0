using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Policy.Analyzers.Sinks;

namespace Policy.Analyzers.Flow
{
    /// <summary>One line of a method summary: this parameter reaches this sink, through these calls.</summary>
    internal sealed class WrapperRoute
    {
        public WrapperRoute(int parameter, SinkCall sink, string innerDescription, Location sinkLocation, string? host, ImmutableArray<IMethodSymbol> through)
        {
            InnerDescription = innerDescription;
            Parameter = parameter;
            Sink = sink;
            SinkLocation = sinkLocation;
            Host = host;
            Through = through;
        }

        /// <summary>The ordinal of the wrapper's parameter.</summary>
        public int Parameter { get; }

        /// <summary>The sink reached, described with the wrappers it is reached through.</summary>
        public SinkCall Sink { get; }

        /// <summary>The sink itself, e.g. "IProducer.Produce".</summary>
        public string InnerDescription { get; }

        /// <summary>The sink call inside the innermost wrapper.</summary>
        public Location SinkLocation { get; }

        public string? Host { get; }

        /// <summary>The wrappers, outermost first: their number is how many calls away the sink is.</summary>
        public ImmutableArray<IMethodSymbol> Through { get; }
    }
}
