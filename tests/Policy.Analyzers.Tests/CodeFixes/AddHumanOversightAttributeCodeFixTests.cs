using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Policy.Analyzers.CodeFixes;
using Policy.Analyzers.Rules;
using Policy.Analyzers.Tests.Infrastructure;

namespace Policy.Analyzers.Tests.CodeFixes;

public class AddHumanOversightAttributeCodeFixTests
{
    private const string Usings = """
        using Hl7.Fhir.Model;
        using Hl7.Fhir.Rest;
        using Microsoft.Extensions.AI;
        using Policy.Annotations;
        using Task = System.Threading.Tasks.Task;

        [assembly: AiSystem("ecg-assist")]

        """;

    private const string Decision = Usings + """
        class Triage
        {
            [AutomatedDecision]
            public int {|#0:Prioritise|}(Observation ecg) => 1;
        }
        """;

    private static readonly DiagnosticResult DecisionHP005 = new DiagnosticResult("HP005", DiagnosticSeverity.Warning).WithLocation(0)
        .WithArguments("'Prioritise' is marked [AutomatedDecision] but no [HumanOversight] on it or its type names the oversight of this decision");

    private static PolicyRepo Repo() => new PolicyRepo()
        .SystemCard("ecg-assist")
        .SystemCard("mammo-screen")
        .HumanOversight("ho-ecg-cardiologist", new[] { ("triage", true, "in-the-loop") })
        .HumanOversight("ho-ecg-on-the-loop", new[] { ("triage", true, "on-the-loop") })
        .HumanOversight("ho-mammo-radiologist", new[] { ("recall", true, "in-the-loop") }, system: "mammo-screen")
        .HumanOversight("ho-ecg-none", new[] { ("triage", true, "none") })
        .HumanOversight("ho-ecg-unapproved", new[] { ("triage", true, "in-the-loop") }, ApprovalState.Expired);

    [Theory]
    [InlineData("ho-ecg-cardiologist")]
    [InlineData("ho-ecg-on-the-loop")]
    public async Task Each_approved_sufficient_oversight_of_the_system_is_offered_on_the_decision_method(string id)
    {
        var fixedSource = Usings + $$"""
            class Triage
            {
                [AutomatedDecision]
                [HumanOversight("{{id}}")]
                public int Prioritise(Observation ecg) => 1;
            }
            """;
        var fixCase = new FixCase { Source = Decision, FixedSource = fixedSource, Policies = Repo(), EquivalenceKey = "HumanOversight:" + id };
        fixCase.Expected.Add(DecisionHP005);
        await VerifyFix<AutomatedDecisionAnalyzer, AddHumanOversightAttributeCodeFix>.RunAsync(fixCase);
    }

    [Theory]
    [InlineData("ho-mammo-radiologist")] // another system's oversight
    [InlineData("ho-ecg-none")] // mode none for a decision with significant effect
    [InlineData("ho-ecg-unapproved")]
    public async Task Other_systems_insufficient_and_unapproved_oversight_are_not_offered(string id)
    {
        var fixCase = new FixCase { Source = Decision, FixedSource = Decision, Policies = Repo(), EquivalenceKey = "HumanOversight:" + id, ExpectNotOffered = true };
        fixCase.Expected.Add(DecisionHP005);
        fixCase.ExpectedAfterFix.Add(DecisionHP005);
        await VerifyFix<AutomatedDecisionAnalyzer, AddHumanOversightAttributeCodeFix>.RunAsync(fixCase);
    }

    [Fact]
    public async Task Model_output_written_as_a_decision_attests_the_writing_method()
    {
        var source = Usings + """
            class Prescribing
            {
                private readonly IChatClient chat = null!;
                private readonly FhirClient fhir = null!;

                public async Task SuggestAsync(string context)
                {
                    var response = await {|#1:chat.GetResponseAsync("Suggest a dose for " + context)|};
                    var request = new MedicationRequest();
                    request.Note.Add(new Annotation { Text = new Markdown(response.Text) });
                    await {|#0:fhir.CreateAsync(request)|};
                }
            }
            """;
        var fixedSource = Usings + """
            class Prescribing
            {
                private readonly IChatClient chat = null!;
                private readonly FhirClient fhir = null!;

                [HumanOversight("ho-ecg-cardiologist")]
                public async Task SuggestAsync(string context)
                {
                    var response = await chat.GetResponseAsync("Suggest a dose for " + context);
                    var request = new MedicationRequest();
                    request.Note.Add(new Annotation { Text = new Markdown(response.Text) });
                    await fhir.CreateAsync(request);
                }
            }
            """;
        var fixCase = new FixCase { Source = source, FixedSource = fixedSource, Policies = Repo(), EquivalenceKey = "HumanOversight:ho-ecg-cardiologist" };
        fixCase.Expected.Add(new DiagnosticResult("HP005", DiagnosticSeverity.Warning).WithLocation(0).WithLocation(1)
            .WithArguments("Model output is written as a MedicationRequest, a care decision, without [HumanOversight] on the method or its type"));
        await VerifyFix<AutomatedDecisionAnalyzer, AddHumanOversightAttributeCodeFix>.RunAsync(fixCase);
    }
}
