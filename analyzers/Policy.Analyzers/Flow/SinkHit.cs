using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using Policy.Analyzers.Sinks;

namespace Policy.Analyzers.Flow
{
    /// <summary>A sink call with what reaches it: the union of its data arguments, the constant host, the FHIR resource type.</summary>
    internal sealed class SinkHit
    {
        public SinkHit(IInvocationOperation invocation, SinkCall sink, Fact payload, string? host, ITypeSymbol? resourceType, ISymbol owner)
        {
            Invocation = invocation;
            Sink = sink;
            Payload = payload;
            Host = host;
            ResourceType = resourceType;
            Owner = owner;
        }

        public IInvocationOperation Invocation { get; }

        public SinkCall Sink { get; }

        public Fact Payload { get; }

        public string? Host { get; }

        /// <summary>For FHIR writes, the static type of the resource written.</summary>
        public ITypeSymbol? ResourceType { get; }

        /// <summary>The method or local function whose attestations cover this call.</summary>
        public ISymbol Owner { get; }

        public Location Location => Invocation.Syntax.GetLocation();
    }
}
