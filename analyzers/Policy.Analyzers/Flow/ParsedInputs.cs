// Strings and bytes that the method itself parses into a FHIR resource or a [HealthData] type
// (FhirJsonParser.Parse<Patient>(s), JsonSerializer.Deserialize<EcgRecording>(bytes)) are that
// health data everywhere in the method, before the parse too: a queue message logged, then parsed.
using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.FlowAnalysis;
using Microsoft.CodeAnalysis.Operations;
using Policy.Analyzers.Health;

namespace Policy.Analyzers.Flow
{
    internal static class ParsedInputs
    {
        private static readonly string[] TextInputs =
        {
            "System.IO.Stream", "System.IO.TextReader", "System.Xml.XmlReader", "System.Text.Json.Utf8JsonReader",
            "System.Text.Json.JsonElement", "System.Text.Json.JsonDocument", "System.Text.Json.Nodes.JsonNode",
            "System.ReadOnlySpan`1", "System.ReadOnlyMemory`1", "System.BinaryData",
        };

        /// <summary>For each variable parsed in the graph, the health data it is parsed into.</summary>
        public static void Collect(ControlFlowGraph graph, FlowContext context, GraphMemory memory)
        {
            foreach (var block in graph.Blocks)
            {
                foreach (var root in block.Operations.Concat(block.BranchValue is null ? Enumerable.Empty<IOperation>() : new[] { block.BranchValue }))
                {
                    foreach (var invocation in root.DescendantsAndSelf().OfType<IInvocationOperation>())
                    {
                        if (ParsedInto(invocation, context) is not { } categories)
                        {
                            continue;
                        }

                        foreach (var argument in invocation.Arguments)
                        {
                            if (IsTextInput(argument.Parameter?.Type) && ReferenceRoot.Of(argument.Value) is { } key)
                            {
                                memory.Parsed(key, Fact.Health(categories.Categories, invocation.Syntax.GetLocation()));
                            }
                        }
                    }
                }
            }
        }

        private static HealthClassification? ParsedInto(IInvocationOperation invocation, FlowContext context)
        {
            var method = invocation.TargetMethod;
            if (method.ReturnsVoid || (method.Name.IndexOf("Parse", StringComparison.Ordinal) < 0 && method.Name.IndexOf("Deserialize", StringComparison.Ordinal) < 0))
            {
                return null;
            }

            var classification = context.Classifier.OfType(method.ReturnType);
            return classification.IsHealth ? classification : (HealthClassification?)null;
        }

        private static bool IsTextInput(ITypeSymbol? type)
        {
            if (type is null)
            {
                return false;
            }

            if (type.SpecialType == SpecialType.System_String || (type is IArrayTypeSymbol array && array.ElementType.SpecialType is SpecialType.System_Byte or SpecialType.System_Char))
            {
                return true;
            }

            return TextInputs.Any(name => SymbolNames.IsOrImplements(type, name));
        }
    }
}
