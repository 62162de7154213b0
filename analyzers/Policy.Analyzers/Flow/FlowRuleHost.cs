// Shared registration for the flow rules (HP001, HP004, HP005, HP007, HP008): bail out at compilation
// start when nothing in the compilation can be a source, look for a wanted sink in each method body
// with a cheap tree walk, and only then build the control-flow graph and run the pass (cached per
// graph, so the five rules share one analysis of each method).
using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using Policy.Analyzers.Health;
using Policy.Analyzers.Policies;
using Policy.Analyzers.Sinks;

namespace Policy.Analyzers.Flow
{
    internal static class FlowRuleHost
    {
        private static readonly ConditionalWeakTable<Compilation, ContextEntry> Contexts = new ConditionalWeakTable<Compilation, ContextEntry>();

        public static void Register(
            CompilationStartAnalysisContext start,
            PolicyIndex index,
            Func<SinkCall, bool> wants,
            Action<OperationBlockAnalysisContext, SinkHit> onHit)
        {
            if (!SourcesPossible(start.Compilation, index))
            {
                return;
            }

            var flowContext = ContextFor(start.Compilation, index);
            start.RegisterOperationBlockAction(block =>
            {
                var seen = new HashSet<IOperation>();
                foreach (var operationBlock in block.OperationBlocks)
                {
                    // A method body's block hangs under its IMethodBodyOperation; the graph is built for that root.
                    var root = RootOf(operationBlock);
                    if (!seen.Add(root) || !IsGraphRoot(root) || !(ContainsWantedSink(root, wants, flowContext) || ReturnsToTheModel(block.OwningSymbol, wants)))
                    {
                        continue;
                    }

                    var graph = block.GetControlFlowGraph(operationBlock);
                    foreach (var hit in GraphAnalysis.Analyze(graph, block.OwningSymbol, flowContext))
                    {
                        if (wants(hit.Sink))
                        {
                            onHit(block, hit);
                        }
                    }
                }
            });
        }

        /// <summary>FHIR model types, [HealthData], or a classification attribute mapped to health: otherwise nothing is a source.</summary>
        public static bool SourcesPossible(Compilation compilation, PolicyIndex index)
        {
            var anchors = CompilationAnchors.For(compilation);
            return anchors.Has(KnownNames.FhirBase)
                || anchors.Has(KnownNames.HealthDataAttribute)
                || (index.HealthClassifications.Count > 0 && anchors.Has(KnownNames.DataClassificationAttribute));
        }

        private static IOperation RootOf(IOperation operation)
        {
            while (operation.Parent is not null)
            {
                operation = operation.Parent;
            }

            return operation;
        }

        private static bool IsGraphRoot(IOperation operation) =>
            operation is IMethodBodyBaseOperation or IBlockOperation or IFieldInitializerOperation or IPropertyInitializerOperation;

        private static readonly SinkCall KernelResult = new SinkCall(SinkFamily.Llm, "[KernelFunction] result", false);

        /// <summary>A [KernelFunction] returns its result to the model: an LLM sink without a call.</summary>
        private static bool ReturnsToTheModel(ISymbol owner, Func<SinkCall, bool> wants) => FlowRoles.IsKernelFunction(owner) && wants(KernelResult);

        /// <summary>A wanted sink called here, or a wrapper of this compilation that passes an argument on to one.</summary>
        private static bool ContainsWantedSink(IOperation root, Func<SinkCall, bool> wants, FlowContext context) =>
            root.Descendants().OfType<IInvocationOperation>().Any(i =>
                (SinkCatalog.Match(i.TargetMethod) is { } sink && wants(sink))
                || (context.Summaries.MayWrap(i.TargetMethod) && context.Summaries.For(i.TargetMethod, context).Any(r => wants(r.Sink))));

        private static FlowContext ContextFor(Compilation compilation, PolicyIndex index)
        {
            var entry = Contexts.GetValue(compilation, _ => new ContextEntry());
            lock (entry)
            {
                if (entry.Index != index || entry.Context is null)
                {
                    entry.Index = index;
                    entry.Context = new FlowContext(new HealthClassifier(index.HealthClassifications), index.Sanitizers, new WrapperSummaries(compilation));
                }

                return entry.Context;
            }
        }

        private sealed class ContextEntry
        {
            public PolicyIndex? Index { get; set; }

            public FlowContext? Context { get; set; }
        }
    }
}
