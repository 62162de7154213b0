// Point 2 of issue 13: health data keeps its categories through serializers, writers and string
// building, to whatever sink receives the result. Each case has its look-alike that stays quiet.
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Policy.Analyzers.Tests.Infrastructure;
using VerifyHP001 = Policy.Analyzers.Tests.Infrastructure.Verify<Policy.Analyzers.Rules.HealthDataToUndeclaredSinkAnalyzer>;
using VerifyHP007 = Policy.Analyzers.Tests.Infrastructure.Verify<Policy.Analyzers.Rules.HealthDataToLogAnalyzer>;

namespace Policy.Analyzers.Tests.Flow;

public class SerializationTests
{
    private const string Usings = TestSources.Usings + """
        using System.IO;
        using System.Text;
        using System.Text.Json;
        using System.Xml;
        using Hl7.Fhir.Serialization;

        namespace Confluent.Kafka { public interface IProducer<TKey, TValue> { void Produce(string topic, TValue message); } }

        """;

    private static DiagnosticResult HP007(int location, int origin, string categories) =>
        new DiagnosticResult("HP007", DiagnosticSeverity.Warning).WithLocation(location).WithLocation(origin).WithArguments(categories, "LoggerExtensions.LogInformation");

    [Fact]
    public async Task A_resource_serialized_to_json_and_sent_to_a_queue_fires_and_a_serialized_count_does_not()
    {
        var code = Usings + """
            class Publisher
            {
                private readonly Confluent.Kafka.IProducer<string, string> producer = null!;

                public void Publish(Observation {|#1:observation|}, Bundle results)
                {
                    var json = JsonSerializer.Serialize(observation);
                    {|#0:producer.Produce("observations", json)|};
                    producer.Produce("counts", JsonSerializer.Serialize(new { Count = results.Total }));
                }
            }
            """;
        await VerifyHP001.RunAsync(code, null,
            new DiagnosticResult("HP001", DiagnosticSeverity.Warning).WithLocation(0).WithLocation(1).WithArguments("health.observation", "IProducer.Produce"));
    }

    [Fact]
    public async Task Fhir_serializers_to_json_and_xml_carry_the_categories()
    {
        var code = Usings + """
            class Audit
            {
                private readonly ILogger<Audit> logger = null!;

                public void Trace(Condition {|#1:condition|}, ValueSet codes)
                {
                    {|#0:logger.LogInformation("{Json}", condition.ToJson())|};
                    {|#2:logger.LogInformation("{Xml}", new FhirXmlSerializer().SerializeToString(condition))|};
                    {|#3:logger.LogInformation("{Json}", new FhirJsonSerializer().SerializeToString(condition))|};
                    logger.LogInformation("{Codes}", codes.ToXml());
                }
            }
            """;
        await VerifyHP007.RunAsync(code, null, HP007(0, 1, "health.diagnosis"), HP007(2, 1, "health.diagnosis"), HP007(3, 1, "health.diagnosis"));
    }

    [Fact]
    public async Task Serializing_into_an_xml_writer_over_a_string_builder_taints_the_builder()
    {
        var code = Usings + """
            class Audit
            {
                private readonly ILogger<Audit> logger = null!;

                public void Trace(Observation {|#1:observation|}, Medication medication)
                {
                    var text = new StringBuilder();
                    using (var writer = XmlWriter.Create(text))
                    {
                        new FhirXmlSerializer().Serialize(observation, writer);
                    }

                    {|#0:logger.LogInformation("{Xml}", text.ToString())|};

                    var clean = new StringBuilder();
                    using (var writer = XmlWriter.Create(clean))
                    {
                        new FhirXmlSerializer().Serialize(medication, writer);
                    }

                    logger.LogInformation("{Xml}", clean.ToString());
                }
            }
            """;
        await VerifyHP007.RunAsync(code, null, HP007(0, 1, "health.observation"));
    }

    [Fact]
    public async Task Serializing_into_a_json_writer_over_a_stream_or_text_writer_taints_what_it_wraps()
    {
        var code = Usings + """
            class Uploader
            {
                private readonly HttpClient http = new HttpClient();

                public async Task UploadAsync(Observation {|#1:observation|}, Patient {|#3:patient|})
                {
                    var buffer = new MemoryStream();
                    using var json = new Utf8JsonWriter(buffer);
                    new FhirJsonSerializer().Serialize(observation, json);
                    await {|#0:http.PostAsync("https://cloud.example/obs", new ByteArrayContent(buffer.ToArray()))|};

                    var stream = new MemoryStream();
                    await JsonSerializer.SerializeAsync(stream, patient.Name);
                    await {|#2:http.PostAsync("https://cloud.example/p", new StreamContent(stream))|};

                    var text = new StringWriter();
                    text.Write("ping");
                    await http.PostAsync("https://cloud.example/ping", new StringContent(text.ToString()));
                }
            }
            """;
        await VerifyHP001.RunAsync(code, null,
            new DiagnosticResult("HP001", DiagnosticSeverity.Warning).WithLocation(0).WithLocation(1).WithArguments("health.observation", "HttpClient.PostAsync"),
            new DiagnosticResult("HP001", DiagnosticSeverity.Warning).WithLocation(2).WithLocation(3).WithArguments("health.record", "HttpClient.PostAsync"));
    }

    [Fact]
    public async Task String_builder_chains_concat_interpolation_and_get_bytes_carry_the_categories()
    {
        var code = Usings + """
            class Publisher
            {
                private readonly Confluent.Kafka.IProducer<string, byte[]> producer = null!;

                public void Publish(Condition {|#1:condition|}, Organization organization)
                {
                    var builder = new StringBuilder();
                    builder.Append("code=").Append(condition.Code.Text).AppendLine();
                    {|#0:producer.Produce("a", Encoding.UTF8.GetBytes(builder.ToString()))|};
                    {|#2:producer.Produce("b", Encoding.UTF8.GetBytes(string.Concat("x", condition.Note[0].Text)))|};
                    var chars = $"{condition.Onset}".ToCharArray();
                    var bytes = new byte[64];
                    Encoding.UTF8.GetBytes(chars, 0, chars.Length, bytes, 0);
                    {|#3:producer.Produce("c", bytes)|};

                    var quiet = new StringBuilder().Append("org=").Append(organization.Name);
                    producer.Produce("d", Encoding.UTF8.GetBytes(quiet.ToString() + $"{organization.Alias}"));
                }
            }
            """;
        await VerifyHP001.RunAsync(code, null,
            new DiagnosticResult("HP001", DiagnosticSeverity.Warning).WithLocation(0).WithLocation(1).WithArguments("health.diagnosis", "IProducer.Produce"),
            new DiagnosticResult("HP001", DiagnosticSeverity.Warning).WithLocation(2).WithLocation(1).WithArguments("health.diagnosis", "IProducer.Produce"),
            new DiagnosticResult("HP001", DiagnosticSeverity.Warning).WithLocation(3).WithLocation(1).WithArguments("health.diagnosis", "IProducer.Produce"));
    }
}
