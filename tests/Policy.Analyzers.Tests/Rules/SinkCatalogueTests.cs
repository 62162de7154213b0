// The sink catalogue matches by type and method name, so vendor SDKs the test project does not
// reference are checked against minimal stand-ins with the real namespaces and signatures' shape.
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Policy.Analyzers.Tests.Infrastructure;
using VerifyHP001 = Policy.Analyzers.Tests.Infrastructure.Verify<Policy.Analyzers.Rules.HealthDataToUndeclaredSinkAnalyzer>;
using VerifyHP007 = Policy.Analyzers.Tests.Infrastructure.Verify<Policy.Analyzers.Rules.HealthDataToLogAnalyzer>;

namespace Policy.Analyzers.Tests.Rules;

public class SinkCatalogueTests
{
    private const string Stubs = """
        namespace Confluent.Kafka { public interface IProducer<TKey, TValue> { void Produce(string topic, TValue message); } }
        namespace RabbitMQ.Client { public interface IChannel { System.Threading.Tasks.ValueTask BasicPublishAsync(string exchange, string routingKey, byte[] body); } }
        namespace MassTransit { public interface IPublishEndpoint { System.Threading.Tasks.Task Publish<T>(T message) where T : class; } }
        namespace Anthropic.Services { public interface IMessageService { System.Threading.Tasks.Task<string> Create(string prompt); } }
        namespace Grpc.Core
        {
            public abstract class ClientBase { }
            public abstract class ClientBase<T> : ClientBase where T : ClientBase<T> { }
        }
        namespace Vendor.Grpc { public sealed class ScoringClient : global::Grpc.Core.ClientBase<ScoringClient> { public string Score(string request) => ""; } }
        namespace Serilog { public static class Log { public static void Information(string template, params object[] values) { } } }

        """;

    [Theory]
    [InlineData("Confluent.Kafka.IProducer<string, string>", "sink.Produce(\"ecg\", observation.Code.Text)", "IProducer.Produce")]
    [InlineData("RabbitMQ.Client.IChannel", "sink.BasicPublishAsync(\"x\", \"ecg\", System.Text.Encoding.UTF8.GetBytes(observation.Code.Text))", "IChannel.BasicPublishAsync")]
    [InlineData("MassTransit.IPublishEndpoint", "sink.Publish(observation)", "IPublishEndpoint.Publish")]
    [InlineData("Anthropic.Services.IMessageService", "sink.Create(\"Explain \" + observation.Code.Text)", "IMessageService.Create")]
    [InlineData("Vendor.Grpc.ScoringClient", "sink.Score(observation.Code.Text)", "ScoringClient.Score")]
    public async Task Queue_llm_and_grpc_sinks_fire(string sinkType, string call, string description)
    {
        var code = TestSources.Usings + Stubs + $$"""
            class Sender
            {
                private readonly {{sinkType}} sink = null!;

                public void Send(Observation {|#1:observation|})
                {
                    {|#0:{{call}}|};
                }
            }
            """;
        await VerifyHP001.RunAsync(code, null,
            new DiagnosticResult("HP001", DiagnosticSeverity.Warning).WithLocation(0).WithLocation(1).WithArguments("health.observation", description));
    }

    [Fact]
    public async Task Serilog_static_log_fires_and_an_unrelated_type_of_the_same_method_name_does_not()
    {
        var code = TestSources.Usings + Stubs + """
            namespace Vendor { public static class Log { public static void Information(string template, params object[] values) { } } }

            class Sender
            {
                public void Send(Observation {|#1:observation|})
                {
                    {|#0:Serilog.Log.Information("Reading {Id}", observation.Code.Text)|};
                    Vendor.Log.Information("Reading {Id}", observation.Id);
                }
            }
            """;
        await VerifyHP007.RunAsync(code, null,
            new DiagnosticResult("HP007", DiagnosticSeverity.Warning).WithLocation(0).WithLocation(1).WithArguments("health.observation", "Log.Information"));
    }

    [Fact]
    public async Task Sinks_in_lambdas_and_local_functions_fire_and_local_attestations_cover()
    {
        var code = TestSources.Usings + """
            class Sender
            {
                private readonly HttpClient http = new HttpClient();

                public void Send(List<Observation> {|#3:observations|})
                {
                    var json = string.Join(",", observations.Select(o => o.Code.Text));
                    observations.ForEach({|#1:o|} => {|#0:http.PostAsJsonAsync("https://x.example/", o)|});
                    Upload();
                    Covered();

                    void Upload() => {|#2:http.PostAsync("https://x.example/", new StringContent(json))|};

                    [DataFlow("df-x")]
                    void Covered() => http.PostAsync("https://x.example/", new StringContent(json));
                }
            }
            """;
        await VerifyHP001.RunAsync(code, null,
            new DiagnosticResult("HP001", DiagnosticSeverity.Warning).WithLocation(0).WithLocation(1).WithArguments("health.observation", "HttpClientJsonExtensions.PostAsJsonAsync"),
            new DiagnosticResult("HP001", DiagnosticSeverity.Warning).WithLocation(2).WithLocation(3).WithArguments("health.observation", "HttpClient.PostAsync"));
    }
}
