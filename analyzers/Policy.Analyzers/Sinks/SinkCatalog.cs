// The compiled-in sink catalogue (listed in docs/analyzers/HP001.md and HP007.md): type and method
// names, matched on the called method's containing type, its base types and interfaces, so derived
// clients are covered too.
using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Policy.Analyzers.Health;

namespace Policy.Analyzers.Sinks
{
    internal static class SinkCatalog
    {
        private static readonly (string Type, SinkFamily Family, string[] Methods)[] Rows =
        {
            (KnownNames.HttpClient, SinkFamily.Http, new[] { "PostAsync", "PutAsync", "PatchAsync", "SendAsync", "Send" }),
            ("System.Net.Http.Json.HttpClientJsonExtensions", SinkFamily.Http, new[] { "PostAsJsonAsync", "PutAsJsonAsync", "PatchAsJsonAsync" }),
            (KnownNames.FhirClientBase, SinkFamily.Fhir, FhirWrites()),
            ("OpenAI.Chat.ChatClient", SinkFamily.Llm, new[] { "CompleteChat", "CompleteChatAsync", "CompleteChatStreaming", "CompleteChatStreamingAsync" }),
            ("OpenAI.Embeddings.EmbeddingClient", SinkFamily.Llm, new[] { "GenerateEmbedding", "GenerateEmbeddingAsync", "GenerateEmbeddings", "GenerateEmbeddingsAsync" }),
            ("Microsoft.Extensions.AI.IChatClient", SinkFamily.Llm, new[] { "GetResponseAsync", "GetStreamingResponseAsync" }),
            ("Microsoft.Extensions.AI.ChatClientExtensions", SinkFamily.Llm, new[] { "GetResponseAsync", "GetStreamingResponseAsync" }),
            ("Microsoft.Extensions.AI.IEmbeddingGenerator`2", SinkFamily.Llm, new[] { "GenerateAsync" }),
            ("Microsoft.Extensions.AI.EmbeddingGeneratorExtensions", SinkFamily.Llm, new[] { "GenerateAsync", "GenerateEmbeddingAsync", "GenerateEmbeddingVectorAsync", "GenerateAndZipAsync" }),
            ("Microsoft.SemanticKernel.ChatCompletion.IChatCompletionService", SinkFamily.Llm, new[] { "GetChatMessageContentsAsync", "GetStreamingChatMessageContentsAsync" }),
            ("Microsoft.SemanticKernel.ChatCompletion.ChatCompletionServiceExtensions", SinkFamily.Llm, new[] { "GetChatMessageContentAsync" }),
            ("Microsoft.SemanticKernel.Kernel", SinkFamily.Llm, new[] { "InvokeAsync", "InvokeStreamingAsync", "InvokePromptAsync", "InvokePromptStreamingAsync" }),
            ("Anthropic.Services.IMessageService", SinkFamily.Llm, new[] { "Create", "CreateStreaming" }),
            ("Anthropic.Services.Beta.IMessageService", SinkFamily.Llm, new[] { "Create", "CreateStreaming" }),
            ("Grpc.Core.CallInvoker", SinkFamily.Grpc, new[] { "BlockingUnaryCall", "AsyncUnaryCall", "AsyncClientStreamingCall", "AsyncServerStreamingCall", "AsyncDuplexStreamingCall" }),
            ("RabbitMQ.Client.IChannel", SinkFamily.Queue, new[] { "BasicPublishAsync" }),
            ("RabbitMQ.Client.IChannelExtensions", SinkFamily.Queue, new[] { "BasicPublishAsync" }),
            ("RabbitMQ.Client.IModel", SinkFamily.Queue, new[] { "BasicPublish" }),
            ("Confluent.Kafka.IProducer`2", SinkFamily.Queue, new[] { "Produce", "ProduceAsync" }),
            ("MassTransit.IPublishEndpoint", SinkFamily.Queue, new[] { "Publish" }),
            ("MassTransit.ISendEndpoint", SinkFamily.Queue, new[] { "Send" }),
            ("Azure.Messaging.ServiceBus.ServiceBusSender", SinkFamily.Queue, new[] { "SendMessageAsync", "SendMessagesAsync", "ScheduleMessageAsync", "ScheduleMessagesAsync" }),
            ("Microsoft.Extensions.Logging.LoggerExtensions", SinkFamily.Log, new[] { "Log", "LogTrace", "LogDebug", "LogInformation", "LogWarning", "LogError", "LogCritical", "BeginScope" }),
            (KnownNames.ILogger, SinkFamily.Log, new[] { "Log", "BeginScope" }),
            ("Serilog.ILogger", SinkFamily.Log, new[] { "Write", "Verbose", "Debug", "Information", "Warning", "Error", "Fatal" }),
            ("Serilog.Log", SinkFamily.Log, new[] { "Write", "Verbose", "Debug", "Information", "Warning", "Error", "Fatal" }),
            ("System.Console", SinkFamily.Log, new[] { "Write", "WriteLine" }),
            ("System.Diagnostics.Trace", SinkFamily.Log, new[] { "Write", "WriteLine", "WriteIf", "WriteLineIf", "TraceInformation", "TraceWarning", "TraceError", "Fail" }),
            ("System.Diagnostics.Debug", SinkFamily.Log, new[] { "Write", "WriteLine", "WriteIf", "WriteLineIf", "Print", "Fail" }),
            ("System.Diagnostics.TraceSource", SinkFamily.Log, new[] { "TraceEvent", "TraceData", "TraceInformation" }),
        };

        private static readonly Dictionary<string, List<(string Type, SinkFamily Family)>> ByMethod = Index();

        /// <summary>Every method name of the catalogue (for the syntax-only wrapper pre-filter).</summary>
        public static IEnumerable<string> MethodNames => ByMethod.Keys;

        /// <summary>The sink the call reaches, or null.</summary>
        public static SinkCall? Match(IMethodSymbol method)
        {
            if (SymbolNames.HasAttribute(method, KnownNames.LoggerMessageAttribute))
            {
                return new SinkCall(SinkFamily.Log, "[LoggerMessage] " + method.Name, false);
            }

            if (IsGrpcClientMethod(method))
            {
                return new SinkCall(SinkFamily.Grpc, method.ContainingType.Name + "." + method.Name, false);
            }

            if (!ByMethod.TryGetValue(method.Name, out var candidates))
            {
                return null;
            }

            var receiver = method.ContainingType;
            foreach (var (type, family) in candidates)
            {
                if (SymbolNames.IsOrImplements(receiver, type) || ExtendsFhirClient(method, type))
                {
                    var isFhirWrite = family == SinkFamily.Fhir;
                    return new SinkCall(family, receiver.Name + "." + method.Name, isFhirWrite);
                }
            }

            return null;
        }

        /// <summary>Generated gRPC clients derive from ClientBase; each of their methods is a remote call.</summary>
        private static bool IsGrpcClientMethod(IMethodSymbol method) =>
            !method.IsStatic
            && method.MethodKind == MethodKind.Ordinary
            && (SymbolNames.DerivesFrom(method.ContainingType, "Grpc.Core.ClientBase`1") || SymbolNames.DerivesFrom(method.ContainingType, "Grpc.Core.ClientBase"))
            && !method.ContainingType.Name.StartsWith("ClientBase", StringComparison.Ordinal);

        /// <summary>FHIR sync and operation helpers are extension methods on BaseFhirClient in Hl7.Fhir.Rest.</summary>
        private static bool ExtendsFhirClient(IMethodSymbol method, string type) =>
            type == KnownNames.FhirClientBase
            && method.IsExtensionMethod
            && method.ContainingNamespace?.ToDisplayString() == "Hl7.Fhir.Rest"
            && SymbolNames.DerivesFrom((method.ReducedFrom ?? method).Parameters.Length > 0 ? (method.ReducedFrom ?? method).Parameters[0].Type : null, KnownNames.FhirClientBase);

        private static string[] FhirWrites()
        {
            var names = new List<string>();
            foreach (var name in new[]
            {
                "Create", "Update", "ConditionalCreate", "ConditionalUpdate", "Patch", "ConditionalPatch", "Transaction",
                "Operation", "InstanceOperation", "TypeOperation", "WholeSystemOperation", "ProcessMessage",
            })
            {
                names.Add(name);
                names.Add(name + "Async");
            }

            return names.ToArray();
        }

        private static Dictionary<string, List<(string, SinkFamily)>> Index()
        {
            var index = new Dictionary<string, List<(string, SinkFamily)>>(StringComparer.Ordinal);
            foreach (var (type, family, methods) in Rows)
            {
                foreach (var method in methods)
                {
                    if (!index.TryGetValue(method, out var list))
                    {
                        index[method] = list = new List<(string, SinkFamily)>();
                    }

                    list.Add((type, family));
                }
            }

            return index;
        }
    }
}
