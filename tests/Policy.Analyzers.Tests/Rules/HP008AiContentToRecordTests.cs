using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Policy.Analyzers.Tests.Infrastructure;
using VerifyHP008 = Policy.Analyzers.Tests.Infrastructure.Verify<Policy.Analyzers.Rules.AiContentToRecordAnalyzer>;

namespace Policy.Analyzers.Tests.Rules;

public class HP008AiContentToRecordTests
{
    private const string Reviewer = """
        class Reviewer
        {
            [HumanReview]
            public Task<string> SignOffAsync(string draft) => Task.FromResult(draft);

            [HumanReview]
            public Task ApproveAsync(DiagnosticReport draft) => Task.CompletedTask;
        }

        """;

    private static DiagnosticResult HP008(string resource) =>
        new DiagnosticResult("HP008", DiagnosticSeverity.Warning).WithLocation(0).WithLocation(1).WithArguments(resource);

    [Fact]
    public async Task Llm_draft_written_as_a_diagnostic_report_fires()
    {
        var code = TestSources.Usings + Reviewer + """
            class Reporting
            {
                private readonly IChatClient chat = null!;
                private readonly FhirClient fhir = null!;

                public async Task DraftAsync(string transcript)
                {
                    var response = await {|#1:chat.GetResponseAsync("Draft the report: " + transcript)|};
                    var report = new DiagnosticReport { Conclusion = response.Text };
                    await {|#0:fhir.CreateAsync(report)|};
                }
            }
            """;
        await VerifyHP008.RunAsync(code, null, HP008("DiagnosticReport"));
    }

    [Fact]
    public async Task Review_on_only_one_branch_still_fires()
    {
        var code = TestSources.Usings + Reviewer + """
            class Reporting
            {
                private readonly IChatClient chat = null!;
                private readonly FhirClient fhir = null!;
                private readonly Reviewer reviewer = new Reviewer();

                public async Task DraftAsync(string transcript, bool urgent)
                {
                    var response = await {|#1:chat.GetResponseAsync(transcript)|};
                    var text = response.Text;
                    if (!urgent)
                    {
                        text = await reviewer.SignOffAsync(text);
                    }

                    await {|#0:fhir.UpdateAsync(new Composition { Title = text })|};
                }
            }
            """;
        await VerifyHP008.RunAsync(code, null, HP008("Composition"));
    }

    [Fact]
    public async Task Content_returned_by_a_human_review_method_is_quiet()
    {
        var code = TestSources.Usings + Reviewer + """
            class Reporting
            {
                private readonly IChatClient chat = null!;
                private readonly FhirClient fhir = null!;
                private readonly Reviewer reviewer = new Reviewer();

                public async Task DraftAsync(string transcript)
                {
                    var response = await chat.GetResponseAsync(transcript);
                    var signed = await reviewer.SignOffAsync(response.Text);
                    await fhir.CreateAsync(new DiagnosticReport { Conclusion = signed });
                }
            }
            """;
        await VerifyHP008.RunAsync(code, null);
    }

    [Fact]
    public async Task Content_passed_to_a_human_review_method_before_the_write_is_quiet()
    {
        var code = TestSources.Usings + Reviewer + """
            class Reporting
            {
                private readonly IChatClient chat = null!;
                private readonly FhirClient fhir = null!;
                private readonly Reviewer reviewer = new Reviewer();

                public async Task DraftAsync(string transcript)
                {
                    var response = await chat.GetResponseAsync(transcript);
                    var report = new DiagnosticReport { Conclusion = response.Text };
                    await reviewer.ApproveAsync(report);
                    await fhir.CreateAsync(report);
                }
            }
            """;
        await VerifyHP008.RunAsync(code, null);
    }

    [Fact]
    public async Task Human_written_content_and_non_record_resources_are_quiet()
    {
        var code = TestSources.Usings + """
            class Reporting
            {
                private readonly IChatClient chat = null!;
                private readonly FhirClient fhir = null!;

                public async Task SaveAsync(string dictated)
                {
                    await fhir.CreateAsync(new DiagnosticReport { Conclusion = dictated });
                    var response = await chat.GetResponseAsync("Suggest a display name");
                    await fhir.UpdateAsync(new Practitioner { Id = response.Text });
                }
            }
            """;
        await VerifyHP008.RunAsync(code, null);
    }
}
