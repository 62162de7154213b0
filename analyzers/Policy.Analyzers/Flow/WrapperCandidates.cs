// Which methods of the compilation can be wrappers at all, from syntax alone, so that summaries are
// computed only for them: a method that calls a method named like a catalogue sink (PostAsync,
// Produce, LogInformation, a [LoggerMessage] method), or calls such a method, up to MaxDepth calls.
// Names over-approximate (any Produce counts); the summary then decides by symbol.
using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Policy.Analyzers.Sinks;

namespace Policy.Analyzers.Flow
{
    internal sealed class WrapperCandidates
    {
        private readonly HashSet<string> names;

        private WrapperCandidates(HashSet<string> names)
        {
            this.names = names;
        }

        public bool MayWrap(string methodName) => names.Contains(methodName);

        public static WrapperCandidates From(Compilation compilation, int maxDepth)
        {
            var calls = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
            var reached = new HashSet<string>(SinkCatalog.MethodNames, StringComparer.Ordinal);
            foreach (var tree in compilation.SyntaxTrees)
            {
                foreach (var method in tree.GetRoot().DescendantNodes().OfType<MethodDeclarationSyntax>())
                {
                    var name = method.Identifier.ValueText;
                    if (method.AttributeLists.SelectMany(l => l.Attributes).Any(a => a.Name.ToString().EndsWith("LoggerMessage", StringComparison.Ordinal)))
                    {
                        reached.Add(name);
                    }

                    if (!calls.TryGetValue(name, out var called))
                    {
                        calls[name] = called = new HashSet<string>(StringComparer.Ordinal);
                    }

                    foreach (var invocation in method.DescendantNodes().OfType<InvocationExpressionSyntax>())
                    {
                        if (InvokedName(invocation.Expression) is { } invoked)
                        {
                            called.Add(invoked);
                        }
                    }
                }
            }

            var candidates = new HashSet<string>(StringComparer.Ordinal);
            for (var depth = 0; depth < maxDepth; depth++)
            {
                var added = calls.Where(c => !candidates.Contains(c.Key) && c.Value.Overlaps(reached)).Select(c => c.Key).ToList();
                if (added.Count == 0)
                {
                    break;
                }

                candidates.UnionWith(added);
                reached.UnionWith(added);
            }

            return new WrapperCandidates(candidates);
        }

        private static string? InvokedName(ExpressionSyntax expression) => expression switch
        {
            IdentifierNameSyntax identifier => identifier.Identifier.ValueText,
            GenericNameSyntax generic => generic.Identifier.ValueText,
            MemberAccessExpressionSyntax member => member.Name.Identifier.ValueText,
            MemberBindingExpressionSyntax binding => binding.Name.Identifier.ValueText,
            _ => null,
        };
    }
}
