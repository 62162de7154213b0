using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Policy.Analyzers.CodeFixes;
using Policy.Analyzers.Rules;
using Policy.Analyzers.Tests.Infrastructure;

namespace Policy.Analyzers.Tests.CodeFixes;

public class AddDataFlowAttributeCodeFixTests
{
    private const string Source = """
        using System.Net.Http;
        using System.Net.Http.Json;
        using System.Threading.Tasks;
        using Task = System.Threading.Tasks.Task;
        using Hl7.Fhir.Model;

        class Uploader
        {
            private readonly HttpClient http = new HttpClient();

            public Task SendAsync(Observation {|#1:observation|}) => {|#0:http.PostAsJsonAsync("https://api.cloud.example/ecg", observation)|};
        }
        """;

    private static PolicyRepo TwoCoveringFlowsAndOthers() => new PolicyRepo()
        .DataFlow("df-ecg-cloud", new[] { "health.observation" }, new[] { "api.cloud.example" })
        .DataFlow("df-ecg-any-host", new[] { "health.record" })
        .DataFlow("df-wrong-host", new[] { "health.observation" }, new[] { "other.example" })
        .DataFlow("df-wrong-category", new[] { "identity.direct" }, new[] { "api.cloud.example" })
        .DataFlow("df-unapproved", new[] { "health.observation" }, new[] { "api.cloud.example" }, ApprovalState.None);

    private static DiagnosticResult HP001 => new DiagnosticResult("HP001", DiagnosticSeverity.Warning).WithLocation(0).WithLocation(1)
        .WithArguments("health.observation", "HttpClientJsonExtensions.PostAsJsonAsync");

    [Theory]
    [InlineData("df-ecg-cloud")]
    [InlineData("df-ecg-any-host")]
    public async Task Each_approved_covering_flow_is_offered_and_adds_the_attribute_and_the_using(string id)
    {
        var fixedSource = $$"""
            using System.Net.Http;
            using System.Net.Http.Json;
            using System.Threading.Tasks;
            using Task = System.Threading.Tasks.Task;
            using Hl7.Fhir.Model;
            using Policy.Annotations;

            class Uploader
            {
                private readonly HttpClient http = new HttpClient();

                [DataFlow("{{id}}")]
                public Task SendAsync(Observation observation) => http.PostAsJsonAsync("https://api.cloud.example/ecg", observation);
            }
            """;
        var fixCase = new FixCase { Source = Source, FixedSource = fixedSource, Policies = TwoCoveringFlowsAndOthers(), EquivalenceKey = "DataFlow:" + id };
        fixCase.Expected.Add(HP001);
        await VerifyFix<HealthDataToUndeclaredSinkAnalyzer, AddDataFlowAttributeCodeFix>.RunAsync(fixCase);
    }

    [Theory]
    [InlineData("df-wrong-host")]
    [InlineData("df-wrong-category")]
    [InlineData("df-unapproved")]
    public async Task Flows_that_do_not_cover_or_are_not_approved_are_not_offered(string id)
    {
        var fixCase = new FixCase { Source = Source, FixedSource = Source, Policies = TwoCoveringFlowsAndOthers(), EquivalenceKey = "DataFlow:" + id, ExpectNotOffered = true };
        fixCase.Expected.Add(HP001);
        fixCase.ExpectedAfterFix.Add(HP001);
        await VerifyFix<HealthDataToUndeclaredSinkAnalyzer, AddDataFlowAttributeCodeFix>.RunAsync(fixCase);
    }

    [Fact]
    public async Task Sink_in_a_local_function_attests_the_enclosing_method_keeping_existing_attributes()
    {
        const string source = """
            using System;
            using System.Net.Http;
            using System.Net.Http.Json;
            using System.Threading.Tasks;
            using Task = System.Threading.Tasks.Task;
            using Hl7.Fhir.Model;
            using Policy.Annotations;

            class Uploader
            {
                private readonly HttpClient http = new HttpClient();

                [Obsolete("use the batch upload")]
                public Task SendAsync(Observation {|#1:observation|})
                {
                    return Post();

                    Task Post() => {|#0:http.PostAsJsonAsync("https://api.cloud.example/ecg", observation)|};
                }
            }
            """;
        const string fixedSource = """
            using System;
            using System.Net.Http;
            using System.Net.Http.Json;
            using System.Threading.Tasks;
            using Task = System.Threading.Tasks.Task;
            using Hl7.Fhir.Model;
            using Policy.Annotations;

            class Uploader
            {
                private readonly HttpClient http = new HttpClient();

                [Obsolete("use the batch upload")]
                [DataFlow("df-ecg-cloud")]
                public Task SendAsync(Observation observation)
                {
                    return Post();

                    Task Post() => http.PostAsJsonAsync("https://api.cloud.example/ecg", observation);
                }
            }
            """;
        var fixCase = new FixCase { Source = source, FixedSource = fixedSource, Policies = TwoCoveringFlowsAndOthers(), EquivalenceKey = "DataFlow:df-ecg-cloud" };
        fixCase.Expected.Add(HP001);
        await VerifyFix<HealthDataToUndeclaredSinkAnalyzer, AddDataFlowAttributeCodeFix>.RunAsync(fixCase);
    }

    [Fact]
    public async Task Hp004_attested_flow_that_does_not_cover_the_host_gets_a_covering_flow_added()
    {
        const string source = """
            using System.Net.Http;
            using System.Net.Http.Json;
            using Hl7.Fhir.Model;
            using Policy.Annotations;
            using Task = System.Threading.Tasks.Task;

            class Uploader
            {
                private readonly HttpClient http = new HttpClient();

                [DataFlow("df-wrong-host")]
                public Task SendAsync(Observation {|#1:observation|}) => {|#0:http.PostAsJsonAsync("https://api.cloud.example/ecg", observation)|};
            }
            """;
        const string fixedSource = """
            using System.Net.Http;
            using System.Net.Http.Json;
            using Hl7.Fhir.Model;
            using Policy.Annotations;
            using Task = System.Threading.Tasks.Task;

            class Uploader
            {
                private readonly HttpClient http = new HttpClient();

                [DataFlow("df-wrong-host")]
                [DataFlow("df-ecg-cloud")]
                public Task SendAsync(Observation observation) => http.PostAsJsonAsync("https://api.cloud.example/ecg", observation);
            }
            """;
        var fixCase = new FixCase { Source = source, FixedSource = fixedSource, Policies = TwoCoveringFlowsAndOthers(), EquivalenceKey = "DataFlow:df-ecg-cloud" };
        fixCase.Expected.Add(new DiagnosticResult("HP004", DiagnosticSeverity.Warning).WithLocation(0).WithLocation(1));
        await VerifyFix<DataFlowCoverageAnalyzer, AddDataFlowAttributeCodeFix>.RunAsync(fixCase);
    }
}
