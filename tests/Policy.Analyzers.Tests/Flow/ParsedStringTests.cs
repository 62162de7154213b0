// Point 3 of issue 13: a string or bytes the method parses into a FHIR resource or a [HealthData]
// type is that health data, before the parse too. A string parsed into a type that is not health data
// (a Medication, a vendor DTO) stays quiet.
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Policy.Analyzers.Tests.Infrastructure;
using VerifyHP001 = Policy.Analyzers.Tests.Infrastructure.Verify<Policy.Analyzers.Rules.HealthDataToUndeclaredSinkAnalyzer>;
using VerifyHP007 = Policy.Analyzers.Tests.Infrastructure.Verify<Policy.Analyzers.Rules.HealthDataToLogAnalyzer>;

namespace Policy.Analyzers.Tests.Flow;

public class ParsedStringTests
{
    private const string Usings = TestSources.Usings + """
        using System.Text.Json;
        using Hl7.Fhir.Serialization;

        namespace Confluent.Kafka
        {
            public sealed class Message<TKey, TValue> { public TValue Value { get; set; } = default!; }
            public sealed class ConsumeResult<TKey, TValue> { public Message<TKey, TValue> Message { get; set; } = null!; }
            public interface IConsumer<TKey, TValue> { ConsumeResult<TKey, TValue> Consume(System.Threading.CancellationToken token); }
        }

        [HealthData("health.observation")]
        public sealed record EcgRecording(string PatientId, double[] Samples);

        public sealed record Heartbeat(string Node, int Sequence);

        """;

    private static DiagnosticResult HP007(int location, int origin, string categories) =>
        new DiagnosticResult("HP007", DiagnosticSeverity.Warning).WithLocation(location).WithLocation(origin).WithArguments(categories, "LoggerExtensions.LogInformation");

    [Fact]
    public async Task A_queue_message_logged_then_parsed_into_a_patient_fires_at_the_log()
    {
        var code = Usings + """
            class Consumer
            {
                private readonly Confluent.Kafka.IConsumer<string, string> consumer = null!;
                private readonly ILogger<Consumer> logger = null!;

                public async Task RunAsync(System.Threading.CancellationToken token)
                {
                    var result = consumer.Consume(token);
                    var json = result.Message.Value;
                    {|#0:logger.LogInformation("Received {Message}", json)|};
                    var patient = await {|#1:new FhirJsonParser().ParseAsync<Patient>(json)|};
                }
            }
            """;
        await VerifyHP007.RunAsync(code, null, HP007(0, 1, "health.record"));
    }

    [Fact]
    public async Task Bytes_deserialized_into_a_health_data_type_fire_where_they_are_forwarded()
    {
        var code = Usings + """
            class Relay
            {
                private readonly HttpClient http = new HttpClient();

                public async Task RelayAsync(byte[] body, byte[] beat)
                {
                    await {|#0:http.PostAsync("https://cloud.example/ecg", new ByteArrayContent(body))|};
                    var recording = {|#1:JsonSerializer.Deserialize<EcgRecording>(body)|};

                    await http.PostAsync("https://cloud.example/beat", new ByteArrayContent(beat));
                    var heartbeat = JsonSerializer.Deserialize<Heartbeat>(beat);
                }
            }
            """;
        await VerifyHP001.RunAsync(code, null,
            new DiagnosticResult("HP001", DiagnosticSeverity.Warning).WithLocation(0).WithLocation(1).WithArguments("health.observation", "HttpClient.PostAsync"));
    }

    [Fact]
    public async Task An_array_one_of_whose_elements_is_parsed_into_a_patient_is_that_patient_and_its_look_alike_stays_quiet()
    {
        // parts[1] is parsed into a Patient, so the split message holds patient data; the heartbeat fields do not.
        var code = Usings + """
            class Splitter
            {
                private readonly ILogger<Splitter> logger = null!;

                public void Handle(string message, string beat)
                {
                    var parts = message.Split('|');
                    {|#0:logger.LogInformation("Received {Header}", parts[0])|};
                    var patient = {|#1:new FhirJsonParser().Parse<Patient>(parts[1])|};

                    var fields = beat.Split('|');
                    logger.LogInformation("Beat {Node}", fields[0]);
                    var heartbeat = JsonSerializer.Deserialize<Heartbeat>(fields[1]);
                }
            }
            """;
        await VerifyHP007.RunAsync(code, null, HP007(0, 1, "health.record"));
    }

    [Fact]
    public async Task A_string_parsed_into_a_resource_that_defines_things_stays_quiet()
    {
        var code = Usings + """
            class Catalogue
            {
                private readonly ILogger<Catalogue> logger = null!;

                public void Load(string json, string xml)
                {
                    logger.LogInformation("Loading {Json} {Xml}", json, xml);
                    var medication = new FhirJsonParser().Parse<Medication>(json);
                    var valueSet = new FhirXmlParser().Parse<ValueSet>(xml);
                }
            }
            """;
        await VerifyHP007.RunAsync(code, null);
    }
}
