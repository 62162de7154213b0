// Forward, flow-sensitive taint pass over one method's control-flow graph (Roslyn's public CFG): a
// round-robin fixpoint over the blocks, then one reporting pass that records what reaches each sink.
// Lambdas and local functions are analysed with their own graphs, seeded with everything the
// enclosing graph ever held (captured variables), so the pass stays intraprocedural and bounded.
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.FlowAnalysis;
using Microsoft.CodeAnalysis.Operations;
using Policy.Analyzers.Sinks;

namespace Policy.Analyzers.Flow
{
    internal static class GraphAnalysis
    {
        /// <summary>Rounds over the whole graph before giving up on a fixpoint (the lattice is small; this is a guard).</summary>
        private const int MaxRounds = 12;

        /// <summary>Nested lambdas and local functions analysed, at most, per method.</summary>
        private const int MaxNestedGraphs = 64;

        private static readonly ConditionalWeakTable<ControlFlowGraph, IReadOnlyList<SinkHit>> Cache = new ConditionalWeakTable<ControlFlowGraph, IReadOnlyList<SinkHit>>();

        /// <summary>The sink calls of the method whose graph this is, with what reaches them. Cached per graph.</summary>
        public static IReadOnlyList<SinkHit> Analyze(ControlFlowGraph graph, ISymbol owner, FlowContext context) =>
            Cache.GetValue(graph, g =>
            {
                var hits = new List<SinkHit>();
                var budget = new int[] { MaxNestedGraphs };
                AnalyzeGraph(g, owner, Seed(owner, context, new FlowState()), context, hits, budget);
                return hits;
            });

        /// <summary>The sink calls of a graph analysed from a given entry state (wrapper summaries); not cached.</summary>
        public static IReadOnlyList<SinkHit> AnalyzeFrom(ControlFlowGraph graph, ISymbol owner, FlowContext context, FlowState entry)
        {
            var hits = new List<SinkHit>();
            AnalyzeGraph(graph, owner, entry, context, hits, new int[] { MaxNestedGraphs });
            return hits;
        }

        private static void AnalyzeGraph(ControlFlowGraph graph, ISymbol owner, FlowState initial, FlowContext context, List<SinkHit> hits, int[] budget)
        {
            // A lambda's graph returns to its caller, not to the kernel: only the method's own body counts.
            var kernelFunctionBody = graph.OriginalOperation is not IFlowAnonymousFunctionOperation and not IAnonymousFunctionOperation && FlowRoles.IsKernelFunction(owner);
            var blocks = graph.Blocks;
            var outputs = new FlowState?[blocks.Length];
            var lambdas = new List<IFlowAnonymousFunctionOperation>();
            var memory = new GraphMemory();
            ParsedInputs.Collect(graph, context, memory);
            for (var round = 0; round < MaxRounds; round++)
            {
                var changed = false;
                foreach (var block in blocks)
                {
                    var state = Input(block, initial, outputs);
                    Run(block, new OperationEvaluator(context, state, null, owner, new List<IFlowAnonymousFunctionOperation>(), memory), false);
                    if (outputs[block.Ordinal] is not { } previous || !previous.SameAs(state))
                    {
                        outputs[block.Ordinal] = state;
                        changed = true;
                    }
                }

                if (!changed)
                {
                    break;
                }
            }

            foreach (var block in blocks)
            {
                Run(block, new OperationEvaluator(context, Input(block, initial, outputs), hits, owner, lambdas, memory), kernelFunctionBody);
            }

            var everything = initial.Copy();
            foreach (var output in outputs)
            {
                if (output is not null)
                {
                    everything.JoinWith(output);
                }
            }

            foreach (var lambda in lambdas.Distinct())
            {
                if (budget[0]-- <= 0)
                {
                    return;
                }

                AnalyzeGraph(graph.GetAnonymousFunctionControlFlowGraph(lambda), owner, Seed(lambda.Symbol, context, everything.Copy()), context, hits, budget);
            }

            foreach (var localFunction in graph.LocalFunctions)
            {
                if (budget[0]-- <= 0)
                {
                    return;
                }

                AnalyzeGraph(graph.GetLocalFunctionControlFlowGraph(localFunction), localFunction, Seed(localFunction, context, everything.Copy()), context, hits, budget);
            }
        }

        private static void Run(BasicBlock block, OperationEvaluator evaluator, bool kernelFunctionBody)
        {
            foreach (var operation in block.Operations)
            {
                evaluator.Evaluate(operation);
            }

            evaluator.EvaluateBranch(block, kernelFunctionBody);
        }

        private static FlowState Input(BasicBlock block, FlowState initial, FlowState?[] outputs)
        {
            if (block.Kind == BasicBlockKind.Entry)
            {
                return initial.Copy();
            }

            var state = new FlowState();
            var any = false;
            foreach (var branch in block.Predecessors)
            {
                if (outputs[branch.Source.Ordinal] is { } output)
                {
                    state.JoinWith(output);
                    any = true;
                }
            }

            if (!any || block.EnclosingRegion.Kind is ControlFlowRegionKind.Catch or ControlFlowRegionKind.Finally or ControlFlowRegionKind.Filter)
            {
                // Exception handlers are entered from anywhere in their try block: assume everything seen so far.
                state.JoinWith(initial);
                foreach (var output in outputs)
                {
                    if (output is not null)
                    {
                        state.JoinWith(output);
                    }
                }
            }

            return state;
        }

        /// <summary>Parameters that are health data by type or declaration are tainted on entry.</summary>
        private static FlowState Seed(ISymbol owner, FlowContext context, FlowState state)
        {
            if (owner is IMethodSymbol method)
            {
                foreach (var parameter in method.Parameters)
                {
                    var classification = context.Classifier.OfMemberOrType(parameter, parameter.Type);
                    if (classification.IsHealth)
                    {
                        state.Set(parameter, Fact.Health(classification.Categories, parameter.Locations.FirstOrDefault()));
                    }
                    else if (classification.IsExplicitlyClean)
                    {
                        state.Set(parameter, Fact.Clean);
                    }
                }
            }

            return state;
        }
    }
}
