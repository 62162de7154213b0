using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Policy.Analyzers.Tests.Infrastructure;
using VerifyHP005 = Policy.Analyzers.Tests.Infrastructure.Verify<Policy.Analyzers.Rules.AutomatedDecisionAnalyzer>;

namespace Policy.Analyzers.Tests.Rules;

public class HP005AutomatedDecisionTests
{
    [Fact]
    public async Task Automated_decision_without_oversight_fires_on_the_method_name()
    {
        var code = TestSources.Usings + """
            class Triage
            {
                [AutomatedDecision]
                public int {|#0:Prioritise|}(Observation ecg) => 1;
            }
            """;
        await VerifyHP005.RunAsync(code, null,
            new DiagnosticResult("HP005", DiagnosticSeverity.Warning).WithLocation(0)
                .WithArguments("'Prioritise' is marked [AutomatedDecision] but no [HumanOversight] on it or its type names the oversight of this decision"));
    }

    [Fact]
    public async Task Oversight_on_the_method_or_its_type_is_quiet()
    {
        var code = TestSources.Usings + """
            class Triage
            {
                [AutomatedDecision, HumanOversight("ho-triage")]
                public int Prioritise(Observation ecg) => 1;
            }

            [HumanOversight("ho-triage")]
            class Dosing
            {
                [AutomatedDecision]
                public int Dose(Observation weight) => 1;
            }
            """;
        await VerifyHP005.RunAsync(code, null);
    }

    [Fact]
    public async Task Model_output_written_as_a_medication_request_fires_on_the_write()
    {
        var code = TestSources.Usings + """
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
        await VerifyHP005.RunAsync(code, null,
            new DiagnosticResult("HP005", DiagnosticSeverity.Warning).WithLocation(0).WithLocation(1)
                .WithArguments("Model output is written as a MedicationRequest, a care decision, without [HumanOversight] on the method or its type"));
    }

    [Fact]
    public async Task Ml_net_prediction_written_as_a_risk_assessment_fires()
    {
        var code = TestSources.Usings + """
            namespace Microsoft.ML
            {
                public abstract class PredictionEngineBase<TSrc, TDst> { public abstract TDst Predict(TSrc example); }
                public sealed class PredictionEngine<TSrc, TDst> : PredictionEngineBase<TSrc, TDst> { public override TDst Predict(TSrc example) => default!; }
            }

            public sealed class Features { public float Age; }
            public sealed class Score { public string Label = ""; }

            class Risk
            {
                private readonly Microsoft.ML.PredictionEngine<Features, Score> engine = null!;
                private readonly FhirClient fhir = null!;

                public async Task AssessAsync(Features features)
                {
                    var score = {|#1:engine.Predict(features)|};
                    await {|#0:fhir.CreateAsync(new RiskAssessment { Mitigation = score.Label })|};
                }
            }
            """;
        await VerifyHP005.RunAsync(code, null,
            new DiagnosticResult("HP005", DiagnosticSeverity.Warning).WithLocation(0).WithLocation(1)
                .WithArguments("Model output is written as a RiskAssessment, a care decision, without [HumanOversight] on the method or its type"));
    }

    [Fact]
    public async Task Model_output_under_oversight_or_into_a_non_decision_resource_is_quiet()
    {
        var code = TestSources.Usings + """
            class Prescribing
            {
                private readonly IChatClient chat = null!;
                private readonly FhirClient fhir = null!;

                [HumanOversight("ho-prescribing")]
                public async Task SuggestAsync(string context)
                {
                    var response = await chat.GetResponseAsync(context);
                    await fhir.CreateAsync(new RiskAssessment { Mitigation = response.Text });
                }

                public async Task NoteAsync(string context)
                {
                    var response = await chat.GetResponseAsync(context);
                    await fhir.CreateAsync(new Practitioner { Id = response.Text });
                }

                public async Task DecideByHandAsync(string dose)
                {
                    await fhir.CreateAsync(new MedicationRequest { Id = dose });
                }
            }
            """;
        await VerifyHP005.RunAsync(code, null);
    }
}
