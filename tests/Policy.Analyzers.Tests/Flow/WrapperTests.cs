// Point 1 of issue 13: the vendor's own wrappers around a queue, HTTP, LLM or log client. The call
// that passes health data is reported, with the sink inside the wrapper as a related location; an
// attestation on the caller or on the wrapper covers it.
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Policy.Analyzers.Tests.Infrastructure;
using VerifyHP001 = Policy.Analyzers.Tests.Infrastructure.Verify<Policy.Analyzers.Rules.HealthDataToUndeclaredSinkAnalyzer>;
using VerifyHP007 = Policy.Analyzers.Tests.Infrastructure.Verify<Policy.Analyzers.Rules.HealthDataToLogAnalyzer>;

namespace Policy.Analyzers.Tests.Flow;

public class WrapperTests
{
    private const string Usings = TestSources.Usings + """
        using Hl7.Fhir.Serialization;

        namespace Confluent.Kafka { public interface IProducer<TKey, TValue> { void Produce(string topic, TValue message); } }

        public sealed class Bus
        {
            private readonly Confluent.Kafka.IProducer<string, string> producer = null!;

            public void Produce(string topic, string message) => {|#9:producer.Produce(topic, message)|};
        }

        """;

    private static DiagnosticResult HP001(string sink) => new DiagnosticResult("HP001", DiagnosticSeverity.Warning).WithArguments("health.record", sink);

    [Fact]
    public async Task A_resource_passed_as_json_to_a_queue_wrapper_fires_at_the_call_with_the_sink_inside_as_related_location()
    {
        var code = Usings + """
            class Admissions
            {
                private readonly Bus bus = new Bus();

                public void Admit(Patient {|#1:patient|}, string ward)
                {
                    {|#0:bus.Produce("patients", patient.ToJson())|};
                    bus.Produce("wards", ward);
                }
            }
            """;
        await VerifyHP001.RunAsync(code, null, HP001("IProducer.Produce through Bus.Produce").WithLocation(0).WithLocation(1).WithLocation(9));
    }

    [Fact]
    public async Task Two_wrappers_deep_over_http_and_an_llm_wrapper_fire()
    {
        var code = Usings + """
            class Api
            {
                private readonly HttpClient http = new HttpClient();
                private readonly IChatClient chat = null!;

                public Task PublishAsync(object payload) => SendAsync(System.Text.Json.JsonSerializer.Serialize(payload));

                private Task SendAsync(string body) => {|#8:http.PostAsync("https://cloud.example/in", new StringContent(body))|};

                public async Task<string> AskModelAsync(string prompt) => (await {|#7:chat.GetResponseAsync(prompt)|}).Text;
            }

            class Caller
            {
                private readonly Api api = new Api();

                public async Task RunAsync(Condition {|#1:condition|}, Organization organization)
                {
                    await {|#0:api.PublishAsync(condition)|};
                    await {|#2:api.AskModelAsync("Explain " + condition.Code.Text)|};
                    await api.PublishAsync(organization.Name);
                    await api.AskModelAsync("Say hello");
                }
            }
            """;
        await VerifyHP001.RunAsync(code, null,
            new DiagnosticResult("HP001", DiagnosticSeverity.Warning).WithLocation(0).WithLocation(1).WithLocation(8).WithArguments("health.diagnosis", "HttpClient.PostAsync through Api.PublishAsync > Api.SendAsync"),
            new DiagnosticResult("HP001", DiagnosticSeverity.Warning).WithLocation(2).WithLocation(1).WithLocation(7).WithArguments("health.diagnosis", "ChatClientExtensions.GetResponseAsync through Api.AskModelAsync"));
    }

    [Fact]
    public async Task A_data_flow_on_the_caller_or_on_the_wrapper_covers_the_call()
    {
        var code = TestSources.Usings + """
            using Hl7.Fhir.Serialization;

            namespace Confluent.Kafka { public interface IProducer<TKey, TValue> { void Produce(string topic, TValue message); } }

            public sealed class AttestedBus
            {
                private readonly Confluent.Kafka.IProducer<string, string> producer = null!;

                [DataFlow("df-queue")]
                public void Produce(string topic, string message) => producer.Produce(topic, message);
            }

            public sealed class PlainBus
            {
                private readonly Confluent.Kafka.IProducer<string, string> producer = null!;

                public void Produce(string topic, string message) => producer.Produce(topic, message);
            }

            class Admissions
            {
                public void ThroughAttestedWrapper(AttestedBus bus, Patient patient) => bus.Produce("p", patient.ToJson());

                [DataFlow("df-queue")]
                public void AttestedCaller(PlainBus bus, Patient patient) => bus.Produce("p", patient.ToJson());
            }
            """;
        await VerifyHP001.RunAsync(code, null);
    }

    [Fact]
    public async Task A_log_wrapper_fires_hp007_at_the_call_and_a_health_typed_wrapper_reports_once_inside()
    {
        var code = TestSources.Usings + """
            public sealed class Audit
            {
                private readonly ILogger<Audit> logger = null!;

                public void Write(string text) => {|#9:logger.LogInformation("{Text}", text)|};

                public void WritePatient(Patient {|#4:patient|}) => {|#3:logger.LogInformation("{Born}", patient.BirthDate)|};

                public void Recurse(string text, int depth) { if (depth > 0) Recurse(text, depth - 1); }
            }

            class Caller
            {
                private readonly Audit audit = new Audit();

                public void Run(Patient {|#1:patient|})
                {
                    {|#0:audit.Write("born " + patient.BirthDate)|};
                    audit.WritePatient(patient);
                    audit.Recurse(patient.BirthDate, 3);
                    audit.Write("started");
                }
            }
            """;
        await VerifyHP007.RunAsync(code, null,
            new DiagnosticResult("HP007", DiagnosticSeverity.Warning).WithLocation(3).WithLocation(4).WithArguments("health.record", "LoggerExtensions.LogInformation"),
            new DiagnosticResult("HP007", DiagnosticSeverity.Warning).WithLocation(0).WithLocation(1).WithLocation(9).WithArguments("health.record", "LoggerExtensions.LogInformation through Audit.Write"));
    }
}

public class WrapperCandidatesTests
{
    [Fact]
    public void Only_methods_that_call_a_sink_name_directly_or_through_others_are_summarised()
    {
        var source = """
            class C
            {
                void Direct(string s) => System.Console.WriteLine(s);
                void TwoDeep(string s) => Direct(s);
                void Pure(string s) => s.Trim();
                void CallsPure(string s) => Pure(s);
            }
            """;
        var compilation = Microsoft.CodeAnalysis.CSharp.CSharpCompilation.Create("c", new[] { Microsoft.CodeAnalysis.CSharp.CSharpSyntaxTree.ParseText(source) });
        var candidates = Policy.Analyzers.Flow.WrapperCandidates.From(compilation, 3);
        Assert.True(candidates.MayWrap("Direct"));
        Assert.True(candidates.MayWrap("TwoDeep"));
        Assert.False(candidates.MayWrap("Pure"));
        Assert.False(candidates.MayWrap("CallsPure"));
    }
}
