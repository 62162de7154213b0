// Calls with a fixed meaning for the flow: model output (LLM responses, ML.NET and ONNX Runtime
// predictions), declared sanitizers (redaction, de-identification methods named in the policy) and
// the [HumanReview] gate.
using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Policy.Analyzers.Health;

namespace Policy.Analyzers.Sinks
{
    internal static class FlowRoles
    {
        private static readonly (string Type, string[] Methods)[] ModelOutputs =
        {
            ("OpenAI.Chat.ChatClient", new[] { "CompleteChat", "CompleteChatAsync", "CompleteChatStreaming", "CompleteChatStreamingAsync" }),
            ("Microsoft.Extensions.AI.IChatClient", new[] { "GetResponseAsync", "GetStreamingResponseAsync" }),
            ("Microsoft.Extensions.AI.ChatClientExtensions", new[] { "GetResponseAsync", "GetStreamingResponseAsync" }),
            ("Microsoft.SemanticKernel.ChatCompletion.IChatCompletionService", new[] { "GetChatMessageContentsAsync", "GetStreamingChatMessageContentsAsync" }),
            ("Microsoft.SemanticKernel.ChatCompletion.ChatCompletionServiceExtensions", new[] { "GetChatMessageContentAsync" }),
            ("Microsoft.SemanticKernel.Kernel", new[] { "InvokeAsync", "InvokeStreamingAsync", "InvokePromptAsync", "InvokePromptStreamingAsync" }),
            ("Anthropic.Services.IMessageService", new[] { "Create", "CreateStreaming" }),
            ("Anthropic.Services.Beta.IMessageService", new[] { "Create", "CreateStreaming" }),
            ("Microsoft.ML.PredictionEngineBase`2", new[] { "Predict" }),
            ("Microsoft.ML.OnnxRuntime.InferenceSession", new[] { "Run", "RunAsync" }),
        };

        public static bool IsModelOutput(IMethodSymbol method)
        {
            foreach (var (type, methods) in ModelOutputs)
            {
                if (Array.IndexOf(methods, method.Name) >= 0 && SymbolNames.IsOrImplements(method.ContainingType, type))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>A Semantic Kernel plugin function: the kernel sends what it returns to the model.</summary>
        public static bool IsKernelFunction(ISymbol? owner) =>
            owner is IMethodSymbol method && SymbolNames.HasAttribute(method.OriginalDefinition, "Microsoft.SemanticKernel.KernelFunctionAttribute");

        public static bool IsHumanReview(IMethodSymbol method) =>
            SymbolNames.HasAttribute(method.OriginalDefinition, KnownNames.HumanReviewAttribute);

        /// <summary>Microsoft.Extensions.Compliance redaction, or a de-identification method the policy names.</summary>
        public static bool IsSanitizer(IMethodSymbol method, ISet<string> declared)
        {
            if (method.Name == "Redact" && SymbolNames.IsOrImplements(method.ContainingType, KnownNames.Redactor))
            {
                return true;
            }

            if (declared.Count == 0)
            {
                return false;
            }

            var definition = method.ReducedFrom ?? method.OriginalDefinition;
            var name = SymbolNames.FullName(definition.ContainingType).Replace('+', '.') + "." + definition.Name;
            return declared.Contains(name);
        }
    }
}
