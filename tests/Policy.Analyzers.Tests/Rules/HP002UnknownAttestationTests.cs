using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Policy.Analyzers.Tests.Infrastructure;
using VerifyHP002 = Policy.Analyzers.Tests.Infrastructure.Verify<Policy.Analyzers.Rules.UnknownAttestationAnalyzer>;

namespace Policy.Analyzers.Tests.Rules;

public class HP002UnknownAttestationTests
{
    private static PolicyRepo Repo() => new PolicyRepo()
        .SystemCard("ecg-assist")
        .DataFlow("df-ecg-cloud", new[] { "health.observation" })
        .HumanOversight("ho-ecg-review", new[] { ("triage", true, "in-the-loop") });

    [Fact]
    public async Task Unknown_data_flow_id_fires_on_the_attribute()
    {
        const string code = """
            using Policy.Annotations;
            class Uploader
            {
                [{|#0:DataFlow("df-missing")|}]
                void Upload() { }
            }
            """;
        await VerifyHP002.RunAsync(code, Repo(),
            new DiagnosticResult("HP002", DiagnosticSeverity.Error).WithLocation(0)
                .WithArguments("[DataFlow(\"df-missing\")]: no policy file defines a DataFlow with this id (known: df-ecg-cloud)"));
    }

    [Fact]
    public async Task Id_of_the_wrong_kind_fires()
    {
        const string code = """
            using Policy.Annotations;
            [{|#0:HumanOversight("df-ecg-cloud")|}]
            class Triage
            {
                [{|#1:DataFlow("ecg-assist")|}]
                void Upload() { }
            }
            """;
        await VerifyHP002.RunAsync(code, Repo(),
            new DiagnosticResult("HP002", DiagnosticSeverity.Error).WithLocation(0)
                .WithArguments("[HumanOversight(\"df-ecg-cloud\")] names a DataFlow (/policies/systems/ecg-assist/data-flows/df-ecg-cloud.json), not a HumanOversight"),
            new DiagnosticResult("HP002", DiagnosticSeverity.Error).WithLocation(1)
                .WithArguments("[DataFlow(\"ecg-assist\")] names a SystemCard (/policies/systems/ecg-assist/system-card.json), not a DataFlow"));
    }

    [Fact]
    public async Task Unknown_assembly_level_system_fires()
    {
        const string code = """
            [assembly: {|HP002:Policy.Annotations.AiSystem("no-such-system")|}]
            class C { }
            """;
        await VerifyHP002.RunAsync(code, Repo());
    }

    [Fact]
    public async Task Known_ids_of_the_right_kind_are_quiet_even_when_unapproved()
    {
        const string code = """
            using Policy.Annotations;
            [assembly: AiSystem("ecg-assist")]
            [HumanOversight("ho-ecg-review")]
            class Triage
            {
                [DataFlow("df-ecg-cloud"), DataFlow("df-draft")]
                void Upload() { }
            }
            """;
        var repo = Repo().DataFlow("df-draft", new[] { "health.record" }, approval: ApprovalState.None);
        await VerifyHP002.RunAsync(code, repo);
    }

    [Fact]
    public async Task A_copy_of_the_annotations_in_the_vendor_assembly_is_recognised_by_name()
    {
        const string code = """
            namespace Policy.Annotations
            {
                [System.AttributeUsage(System.AttributeTargets.All, AllowMultiple = true)]
                internal sealed class DataFlowAttribute : System.Attribute { public DataFlowAttribute(string id) { } }
            }
            class Uploader
            {
                [{|HP002:Policy.Annotations.DataFlow("df-missing")|}]
                void Upload() { }
            }
            """;
        await VerifyHP002.RunAsync(code, Repo());
    }

    [Fact]
    public async Task Without_policy_files_the_message_says_how_to_give_them()
    {
        const string code = """
            class Uploader
            {
                [{|#0:Policy.Annotations.DataFlow("df-ecg-cloud")|}]
                void Upload() { }
            }
            """;
        await VerifyHP002.RunAsync(code, null,
            new DiagnosticResult("HP002", DiagnosticSeverity.Error).WithLocation(0)
                .WithArguments("[DataFlow(\"df-ecg-cloud\")]: no policy files were given to the analyzer; set PolicyRoot or add the policy folder's JSON files as AdditionalFiles"));
    }

    [Fact]
    public async Task Other_attributes_are_ignored()
    {
        const string code = """
            class C
            {
                [System.Obsolete("df-missing")]
                void M() { }
            }
            """;
        await VerifyHP002.RunAsync(code, Repo());
    }
}
