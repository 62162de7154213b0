using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using Policy.Analyzers.Sinks;

namespace Policy.Analyzers.Flow
{
    /// <summary>
    /// A sink call with what reaches it: the union of its data arguments, the constant host, the FHIR
    /// resource type. Also a call to a wrapper that passes an argument on to a sink (Route).
    /// </summary>
    internal sealed class SinkHit
    {
        public SinkHit(IOperation invocation, SinkCall sink, Fact payload, string? host, ITypeSymbol? resourceType, ISymbol owner, WrapperRoute? route = null)
        {
            Route = route;
            Invocation = invocation;
            Sink = sink;
            Payload = payload;
            Host = host;
            ResourceType = resourceType;
            Owner = owner;
        }

        /// <summary>The sink call, or the value a [KernelFunction] returns to the model.</summary>
        public IOperation Invocation { get; }

        public SinkCall Sink { get; }

        public Fact Payload { get; }

        public string? Host { get; }

        /// <summary>For FHIR writes, the static type of the resource written.</summary>
        public ITypeSymbol? ResourceType { get; }

        /// <summary>The method or local function whose attestations cover this call.</summary>
        public ISymbol Owner { get; }

        public Location Location => Invocation.Syntax.GetLocation();

        /// <summary>For a call to the vendor's wrapper: the route from the argument to the sink inside it.</summary>
        public WrapperRoute? Route { get; }

        /// <summary>The wrappers between this call and the sink, outermost first; empty for a direct sink call.</summary>
        public ImmutableArray<IMethodSymbol> Through => Route?.Through ?? ImmutableArray<IMethodSymbol>.Empty;

        /// <summary>The sink call inside the wrapper (a related location), or null for a direct sink call.</summary>
        public Location? SinkLocation => Route?.SinkLocation;

        /// <summary>The symbols whose attestations cover this call: its owner, and every wrapper it goes through.</summary>
        public ImmutableArray<ISymbol> AttestedBy => ImmutableArray.Create(Owner).AddRange(Through.CastArray<ISymbol>());
    }
}
