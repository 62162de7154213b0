// Point 6 of issue 13: Semantic Kernel (Kernel.InvokeAsync, InvokePromptAsync, [KernelFunction]
// results returned to the model) and ONNX Runtime inference. The packages are not referenced: the
// stand-ins below have the real namespaces and the shape of the real signatures.
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Policy.Analyzers.Tests.Infrastructure;
using VerifyHP001 = Policy.Analyzers.Tests.Infrastructure.Verify<Policy.Analyzers.Rules.HealthDataToUndeclaredSinkAnalyzer>;
using VerifyHP008 = Policy.Analyzers.Tests.Infrastructure.Verify<Policy.Analyzers.Rules.AiContentToRecordAnalyzer>;

namespace Policy.Analyzers.Tests.Rules;

public class SemanticKernelAndOnnxTests
{
    private const string Stubs = """
        namespace Microsoft.SemanticKernel
        {
            public class KernelArguments : System.Collections.Generic.Dictionary<string, object?> { }
            public abstract class KernelFunction { }
            public sealed class FunctionResult { public T GetValue<T>() => default!; }
            [System.AttributeUsage(System.AttributeTargets.Method)]
            public sealed class KernelFunctionAttribute : System.Attribute { public KernelFunctionAttribute() { } public KernelFunctionAttribute(string name) { } }
            public sealed class Kernel
            {
                public System.Threading.Tasks.Task<FunctionResult> InvokeAsync(KernelFunction function, KernelArguments? arguments = null, System.Threading.CancellationToken cancellationToken = default) => null!;
                public System.Threading.Tasks.Task<FunctionResult> InvokePromptAsync(string promptTemplate, KernelArguments? arguments = null) => null!;
            }
        }
        namespace Microsoft.ML.OnnxRuntime
        {
            public sealed class NamedOnnxValue
            {
                public static NamedOnnxValue CreateFromTensor<T>(string name, T[] value) => new NamedOnnxValue();
                public T[] AsArray<T>() => default!;
            }
            public sealed class InferenceSession
            {
                public System.Collections.Generic.IReadOnlyList<NamedOnnxValue> Run(System.Collections.Generic.IReadOnlyCollection<NamedOnnxValue> inputs) => default!;
            }
        }

        """;

    private static DiagnosticResult HP001(int location, int origin, string categories, string sink) =>
        new DiagnosticResult("HP001", DiagnosticSeverity.Warning).WithLocation(location).WithLocation(origin).WithArguments(categories, sink);

    [Fact]
    public async Task Kernel_invocations_with_health_data_in_the_arguments_or_the_prompt_fire()
    {
        var code = TestSources.Usings + "using Microsoft.SemanticKernel;\n" + Stubs + """
            class Assistant
            {
                private readonly Kernel kernel = new Kernel();
                private readonly KernelFunction summarise = null!;

                public async Task RunAsync(Condition {|#1:condition|}, Organization organization)
                {
                    var arguments = new KernelArguments { ["history"] = condition.Code.Text };
                    await {|#0:kernel.InvokeAsync(summarise, arguments)|};
                    await {|#2:kernel.InvokePromptAsync($"Explain {condition.Note[0].Text}")|};
                    await kernel.InvokePromptAsync($"Describe {organization.Name}");
                    await kernel.InvokeAsync(summarise, new KernelArguments { ["site"] = organization.Alias });
                }
            }
            """;
        await VerifyHP001.RunAsync(code, null,
            HP001(0, 1, "health.diagnosis", "Kernel.InvokeAsync"),
            HP001(2, 1, "health.diagnosis", "Kernel.InvokePromptAsync"));
    }

    [Fact]
    public async Task A_kernel_function_returning_health_data_fires_at_the_return_and_one_returning_a_definition_does_not()
    {
        var code = TestSources.Usings + "using Microsoft.SemanticKernel;\n" + Stubs + """
            class RecordPlugin
            {
                private readonly FhirClient fhir = null!;

                [KernelFunction("latest_observation")]
                public async Task<string> LatestAsync(string id)
                {
                    var observation = await {|#1:fhir.ReadAsync<Observation>("Observation/" + id)|};
                    return {|#0:observation.Value.ToString()|};
                }

                [KernelFunction]
                public async Task<string> MedicationNameAsync(string id) => (await fhir.ReadAsync<Medication>("Medication/" + id)).Code.Text;

                public async Task<string> NotAPluginAsync(string id) => (await fhir.ReadAsync<Observation>("Observation/" + id)).Value.ToString();

                [KernelFunction]
                [DataFlow("df-llm")]
                public async Task<string> AttestedAsync(string id) => (await fhir.ReadAsync<Observation>("Observation/" + id)).Value.ToString();
            }
            """;
        await VerifyHP001.RunAsync(code, null, HP001(0, 1, "health.observation", "[KernelFunction] LatestAsync result"));
    }

    [Fact]
    public async Task Onnx_inference_on_health_inputs_is_model_output_and_filing_it_unreviewed_fires_hp008()
    {
        var code = TestSources.Usings + "using Microsoft.ML.OnnxRuntime;\n" + Stubs + """
            class Scorer
            {
                private readonly InferenceSession session = new InferenceSession();
                private readonly FhirClient fhir = null!;

                public async Task ScoreAsync(Observation {|#1:ecg|})
                {
                    var samples = ecg.Component.Select(c => (float)((Quantity)c.Value).Value!.Value).ToArray();
                    var outputs = session.Run(new[] { NamedOnnxValue.CreateFromTensor("ecg", samples) });
                    var score = new Observation { Value = new FhirDecimal((decimal)outputs[0].AsArray<float>()[0]) };
                    await {|#0:fhir.CreateAsync(score)|};

                    var measured = new Observation { Value = new FhirDecimal(samples.Length) };
                    await fhir.CreateAsync(measured);
                }
            }
            """;
        await VerifyHP008.RunAsync(code, null,
            new DiagnosticResult("HP008", DiagnosticSeverity.Warning).WithLocation(0).WithLocation(1).WithArguments("Observation"));
    }
}
