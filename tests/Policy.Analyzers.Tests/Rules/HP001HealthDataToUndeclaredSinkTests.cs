using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Policy.Analyzers.Tests.Infrastructure;
using VerifyHP001 = Policy.Analyzers.Tests.Infrastructure.Verify<Policy.Analyzers.Rules.HealthDataToUndeclaredSinkAnalyzer>;

namespace Policy.Analyzers.Tests.Rules;

public class HP001HealthDataToUndeclaredSinkTests
{
    private const string Usings = """
        using System.Collections.Generic;
        using System.Linq;
        using System.Net.Http;
        using System.Net.Http.Json;
        using System.Threading.Tasks;
        using Task = System.Threading.Tasks.Task;
        using Hl7.Fhir.Model;
        using Hl7.Fhir.Rest;
        using Microsoft.Extensions.AI;
        using OpenAI.Chat;
        using Policy.Annotations;

        """;

    private static DiagnosticResult HP001(int location, int origin) =>
        new DiagnosticResult("HP001", DiagnosticSeverity.Warning).WithLocation(location).WithLocation(origin);

    [Fact]
    public async Task Fhir_observation_posted_over_http_fires_at_the_call_with_the_source_as_related_location()
    {
        var code = Usings + """
            class Uploader
            {
                private readonly HttpClient http = new HttpClient();

                public async Task SendAsync(Observation {|#1:observation|})
                {
                    var body = $"{observation.Id};{observation.Status}";
                    var content = new StringContent(body);
                    await {|#0:http.PostAsync("https://api.cloud.example/ecg", content)|};
                }
            }
            """;
        await VerifyHP001.RunAsync(code, null,
            HP001(0, 1).WithArguments("health.observation", "HttpClient.PostAsync"));
    }

    [Fact]
    public async Task Health_data_record_sent_as_json_fires()
    {
        var code = Usings + """
            [HealthData("health.observation")]
            public sealed record EcgRecording(string PatientId, double[] Samples);

            class Uploader
            {
                private readonly HttpClient http = new HttpClient();

                public Task SendAsync(EcgRecording {|#1:recording|}) => {|#0:http.PostAsJsonAsync("https://api.cloud.example/ecg", recording)|};
            }
            """;
        await VerifyHP001.RunAsync(code, null, HP001(0, 1).WithArguments("health.observation", "HttpClientJsonExtensions.PostAsJsonAsync"));
    }

    [Fact]
    public async Task Taint_flows_through_loops_collections_linq_and_string_join()
    {
        var code = Usings + """
            class Uploader
            {
                private readonly HttpClient http = new HttpClient();

                public async Task SendAsync(List<Condition> {|#1:conditions|})
                {
                    var lines = new List<string>();
                    foreach (var condition in conditions)
                    {
                        lines.Add(condition.Code.Text);
                    }

                    var body = string.Join(",", lines.Select(l => l.ToUpperInvariant()));
                    using var request = new HttpRequestMessage(HttpMethod.Post, "https://api.cloud.example/conditions") { Content = new StringContent(body) };
                    await {|#0:http.SendAsync(request)|};
                }
            }
            """;
        await VerifyHP001.RunAsync(code, null, HP001(0, 1).WithArguments("health.diagnosis", "HttpClient.SendAsync"));
    }

    [Fact]
    public async Task Fhir_read_result_sent_to_an_llm_fires()
    {
        var code = Usings + """
            class Summariser
            {
                private readonly FhirClient fhir = new FhirClient("https://fhir.hospital.example");
                private readonly IChatClient chat = null!;

                public async Task<string> SummariseAsync(string id)
                {
                    var patient = await {|#1:fhir.ReadAsync<Patient>("Patient/" + id)|};
                    var prompt = "Summarise the history of " + patient.Name[0].Family;
                    var response = await {|#0:chat.GetResponseAsync(prompt)|};
                    return response.Text;
                }
            }
            """;
        await VerifyHP001.RunAsync(code, null, HP001(0, 1).WithArguments("health.record", "ChatClientExtensions.GetResponseAsync"));
    }

    [Fact]
    public async Task Openai_chat_completion_and_fhir_write_fire()
    {
        var code = Usings + """
            class Assistant
            {
                private readonly ChatClient openai = null!;
                private readonly FhirClient fhir = null!;

                public async Task RunAsync(MedicationRequest {|#1:request|})
                {
                    await {|#0:openai.CompleteChatAsync(new UserChatMessage("Check dosage: " + request.DosageInstruction[0].Text))|};
                    await {|#2:fhir.CreateAsync(request)|};
                }
            }
            """;
        await VerifyHP001.RunAsync(code, null,
            HP001(0, 1).WithArguments("health.medication", "ChatClient.CompleteChatAsync"),
            HP001(2, 1).WithArguments("health.medication", "BaseFhirClient.CreateAsync"));
    }

    [Fact]
    public async Task Data_flow_on_the_method_or_its_type_covers_the_sink()
    {
        var code = Usings + """
            class Uploader
            {
                private readonly HttpClient http = new HttpClient();

                [DataFlow("df-ecg-cloud")]
                public Task SendAsync(Observation observation) => http.PostAsJsonAsync("https://api.cloud.example/ecg", observation);
            }

            [DataFlow("df-ecg-cloud")]
            class CoveredUploader
            {
                private readonly HttpClient http = new HttpClient();

                public Task SendAsync(Observation observation) => http.PostAsJsonAsync("https://api.cloud.example/ecg", observation);

                public void Later(Observation observation) => System.Action(() => http.PostAsJsonAsync("https://api.cloud.example/ecg", observation));
            }
            """.Replace("System.Action(() =>", "_ = new System.Action(() =>");
        await VerifyHP001.RunAsync(code, null);
    }

    [Fact]
    public async Task Non_health_data_is_quiet()
    {
        var code = Usings + """
            public sealed record Invoice(string Number, decimal Amount);

            class Uploader
            {
                private readonly HttpClient http = new HttpClient();

                public async Task SendAsync(Invoice invoice, List<Observation> observations)
                {
                    await http.PostAsJsonAsync("https://billing.example/invoices", invoice);
                    await http.PostAsync("https://stats.example/count", new StringContent(observations.Count.ToString()));
                }
            }
            """;
        await VerifyHP001.RunAsync(code, null);
    }

    [Fact]
    public async Task A_variable_overwritten_with_clean_data_before_the_call_is_quiet()
    {
        var code = Usings + """
            class Uploader
            {
                private readonly HttpClient http = new HttpClient();

                public async Task SendAsync(Observation observation)
                {
                    var body = observation.Id;
                    body = "ping";
                    await http.PostAsync("https://api.cloud.example/ping", new StringContent(body));
                }
            }
            """;
        await VerifyHP001.RunAsync(code, null);
    }

    [Fact]
    public async Task Health_data_on_only_one_branch_still_fires_after_the_merge()
    {
        var code = Usings + """
            class Uploader
            {
                private readonly HttpClient http = new HttpClient();

                public async Task SendAsync(Observation {|#1:observation|}, bool verbose)
                {
                    var body = "ping";
                    if (verbose)
                    {
                        body = observation.Code.Text;
                    }

                    await {|#0:http.PostAsync("https://api.cloud.example/ping", new StringContent(body))|};
                }
            }
            """;
        await VerifyHP001.RunAsync(code, null, HP001(0, 1).WithArguments("health.observation", "HttpClient.PostAsync"));
    }

    [Fact]
    public async Task No_data_classification_member_is_a_declared_sanitizer()
    {
        var code = Usings + """
            using Microsoft.Extensions.Compliance.Classification;

            [HealthData("health.observation")]
            public sealed class Reading
            {
                [NoDataClassification] public string DeviceModel { get; set; } = "";
                public double HeartRate { get; set; }
            }

            class Uploader
            {
                private readonly HttpClient http = new HttpClient();

                public Task SendAsync(Reading reading) => http.PostAsync("https://devices.example/models", new StringContent(reading.DeviceModel));
            }
            """;
        await VerifyHP001.RunAsync(code, null);
    }

    [Fact]
    public async Task De_identification_method_named_in_config_is_a_sanitizer_and_only_that_one()
    {
        var code = Usings + """
            static class Deid
            {
                public static string Scrub(Observation o) => "scrubbed";
                public static string Unscrub(Observation o) => o.Id;
            }

            class Uploader
            {
                private readonly HttpClient http = new HttpClient();

                public async Task SendAsync(Observation {|#1:observation|})
                {
                    await http.PostAsync("https://research.example/", new StringContent(Deid.Scrub(observation)));
                    await {|#0:http.PostAsync("https://research.example/", new StringContent(Deid.Unscrub(observation)))|};
                }
            }
            """;
        await VerifyHP001.RunAsync(new[] { code }, null, "policy_analyzers.sanitizers = Deid.Scrub\n",
            HP001(0, 1).WithArguments("health.observation", "HttpClient.PostAsync"));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_sanitizer_named_by_the_governance_counts_only_once_the_governance_is_approved(bool approved)
    {
        var code = Usings + """
            static class Deid
            {
                public static string Scrub(Observation o) => "scrubbed";
            }

            class Uploader
            {
                private readonly HttpClient http = new HttpClient();

                public Task SendAsync(Observation {|#1:observation|}) =>
                    {|#0:http.PostAsync("https://research.example/", new StringContent(Deid.Scrub(observation)))|};
            }
            """;
        var policies = new PolicyRepo().Governance("\"x-analyzers\": { \"sanitizers\": [\"Deid.Scrub\"] }", approved);
        var expected = approved
            ? Array.Empty<DiagnosticResult>()
            : new[] { HP001(0, 1).WithArguments("health.observation", "HttpClient.PostAsync") };
        await VerifyHP001.RunAsync(new[] { code }, policies, null, expected);
    }

    [Fact]
    public async Task Classification_attribute_mapped_to_health_is_a_source_only_when_mapped()
    {
        var code = Usings + """
            using Microsoft.Extensions.Compliance.Classification;

            public sealed class PhiAttribute : DataClassificationAttribute
            {
                public PhiAttribute() : base(new DataClassification("Health", "Phi")) { }
            }

            public sealed class Referral
            {
                [Phi] public string Diagnosis { get; set; } = "";
            }

            class Uploader
            {
                private readonly HttpClient http = new HttpClient();

                public Task SendAsync(Referral referral) => {|#0:http.PostAsync("https://partner.example/", new StringContent({|#1:referral.Diagnosis|}))|};
            }
            """;
        await VerifyHP001.RunAsync(new[] { code }, null, "policy_analyzers.health_classifications = PhiAttribute=health.diagnosis\n",
            HP001(0, 1).WithArguments("health.diagnosis", "HttpClient.PostAsync"));
        await VerifyHP001.RunAsync(code.Replace("{|#0:", string.Empty).Replace("{|#1:", string.Empty).Replace("|}", string.Empty), null);
    }

    [Fact]
    public async Task Health_typed_return_carries_taint_across_methods()
    {
        var code = Usings + """
            class Uploader
            {
                private readonly HttpClient http = new HttpClient();

                private static Observation Load() => new Observation();

                public async Task SendAsync()
                {
                    var observation = {|#1:Load()|};
                    await {|#0:http.PostAsJsonAsync("https://api.cloud.example/ecg", observation)|};
                }
            }
            """;
        await VerifyHP001.RunAsync(code, null, HP001(0, 1).WithArguments("health.observation", "HttpClientJsonExtensions.PostAsJsonAsync"));
    }

    [Fact]
    public async Task Health_data_declared_on_a_property_or_a_return_value_is_a_source()
    {
        var code = Usings + """
            public sealed class Enrolment
            {
                [HealthData("health.biometric")] public string Fingerprint { get; set; } = "";
                public string Site { get; set; } = "";
            }

            class Uploader
            {
                private readonly HttpClient http = new HttpClient();

                [return: HealthData("health.genetic")]
                private static string LoadGenome() => "ACGT";

                public async Task SendAsync(Enrolment enrolment)
                {
                    await http.PostAsync("https://sites.example/", new StringContent(enrolment.Site));
                    await {|#0:http.PostAsync("https://bio.example/", new StringContent({|#1:enrolment.Fingerprint|}))|};
                    await {|#2:http.PostAsync("https://lab.example/", new StringContent({|#3:LoadGenome()|}))|};
                }
            }
            """;
        await VerifyHP001.RunAsync(code, null,
            HP001(0, 1).WithArguments("health.biometric", "HttpClient.PostAsync"),
            HP001(2, 3).WithArguments("health.genetic", "HttpClient.PostAsync"));
    }

    [Fact]
    public async Task Generated_code_is_skipped()
    {
        var code = "// <auto-generated/>\n" + Usings + """
            class Uploader
            {
                private readonly HttpClient http = new HttpClient();

                public Task SendAsync(Observation observation) => http.PostAsJsonAsync("https://api.cloud.example/ecg", observation);
            }
            """;
        await VerifyHP001.RunAsync(code, null);
    }
}
