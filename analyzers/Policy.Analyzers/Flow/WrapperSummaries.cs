// Method summaries for the vendor's own wrappers (Produce(string topic, string message),
// SendAsync(object payload), AskModelAsync(string prompt)): which parameter reaches which sink,
// through how many calls. A summary is the flow pass run over the wrapper's body with each
// parameter marked; computed on demand, once per method per compilation, at most MaxDepth calls
// deep. Parameters that are health data by their own type are left out: the wrapper's body reports
// those itself (one root cause, one diagnostic).
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.FlowAnalysis;
using Microsoft.CodeAnalysis.Operations;
using Policy.Analyzers.Sinks;

namespace Policy.Analyzers.Flow
{
    internal sealed class WrapperSummaries
    {
        /// <summary>Wrappers between a call site and the sink, at most.</summary>
        public const int MaxDepth = 3;

        private const string Marker = "\u0001parameter:";

        private static readonly IReadOnlyList<WrapperRoute> None = Array.Empty<WrapperRoute>();

        [ThreadStatic]
        private static HashSet<IMethodSymbol>? inProgress;

        private readonly Compilation compilation;
        private readonly ConcurrentDictionary<IMethodSymbol, IReadOnlyList<WrapperRoute>> cache = new ConcurrentDictionary<IMethodSymbol, IReadOnlyList<WrapperRoute>>(SymbolEqualityComparer.Default);

        private readonly Lazy<WrapperCandidates> candidates;

        public WrapperSummaries(Compilation compilation)
        {
            this.compilation = compilation;
            candidates = new Lazy<WrapperCandidates>(() => WrapperCandidates.From(compilation, MaxDepth));
        }

        /// <summary>True for a method whose body is in this compilation and, by the names it calls, could pass a parameter on to a sink.</summary>
        public bool MayWrap(IMethodSymbol method)
        {
            var definition = (method.ReducedFrom ?? method).OriginalDefinition;
            return definition.MethodKind == MethodKind.Ordinary && !definition.IsAbstract && !definition.IsExtern && definition.Parameters.Length > 0
                && !definition.DeclaringSyntaxReferences.IsEmpty && candidates.Value.MayWrap(definition.Name);
        }

        public IReadOnlyList<WrapperRoute> For(IMethodSymbol method, FlowContext context)
        {
            var definition = (method.ReducedFrom ?? method).OriginalDefinition;
            if (!MayWrap(definition))
            {
                return None;
            }

            if (cache.TryGetValue(definition, out var known))
            {
                return known;
            }

            var active = inProgress ??= new HashSet<IMethodSymbol>(SymbolEqualityComparer.Default);
            if (active.Count >= MaxDepth || !active.Add(definition))
            {
                return None; // recursion, or too deep: not cached, so the outer computation decides.
            }

            try
            {
                return cache.GetOrAdd(definition, Compute(definition, context));
            }
            finally
            {
                active.Remove(definition);
            }
        }

        private IReadOnlyList<WrapperRoute> Compute(IMethodSymbol method, FlowContext context)
        {
            var syntax = method.DeclaringSyntaxReferences[0].GetSyntax();
#pragma warning disable RS1030 // the callee's body is in another tree of this compilation; one model per summarised method, cached per compilation
            var model = compilation.GetSemanticModel(syntax.SyntaxTree);
#pragma warning restore RS1030
            if (model.GetOperation(syntax) is not IMethodBodyBaseOperation || ControlFlowGraph.Create(syntax, model) is not { } graph)
            {
                return None;
            }

            var seed = new FlowState();
            var marked = false;
            foreach (var parameter in method.Parameters)
            {
                var classification = context.Classifier.OfMemberOrType(parameter, parameter.Type);
                if (!classification.IsHealth && !classification.IsExplicitlyClean && CanCarry(parameter.Type))
                {
                    seed.Set(parameter, Fact.PersonalData(Marker + parameter.Ordinal, null));
                    marked = true;
                }
            }

            if (!marked)
            {
                return None;
            }

            var routes = new List<WrapperRoute>();
            foreach (var hit in GraphAnalysis.AnalyzeFrom(graph, method, context, seed))
            {
                foreach (var category in hit.Payload.Personal)
                {
                    if (!category.StartsWith(Marker, StringComparison.Ordinal) || hit.Through.Length >= MaxDepth)
                    {
                        continue;
                    }

                    var ordinal = int.Parse(category.Substring(Marker.Length), System.Globalization.CultureInfo.InvariantCulture);
                    var through = ImmutableArray.Create(method).AddRange(hit.Through);
                    var inner = hit.Route?.InnerDescription ?? hit.Sink.Description;
                    var sink = new SinkCall(hit.Sink.Family, inner + " through " + string.Join(" > ", through.Select(m => m.ContainingType.Name + "." + m.Name)), false);
                    routes.Add(new WrapperRoute(ordinal, sink, inner, hit.SinkLocation ?? hit.Location, hit.Host, through));
                }
            }

            return routes;
        }

        /// <summary>Numbers, flags and tokens do not carry a payload.</summary>
        private static bool CanCarry(ITypeSymbol type) =>
            type.TypeKind != TypeKind.Enum
            && type.SpecialType is not (SpecialType.System_Boolean or SpecialType.System_Int32 or SpecialType.System_Int64 or SpecialType.System_Double)
            && Health.SymbolNames.FullName(type) != "System.Threading.CancellationToken";
    }
}
