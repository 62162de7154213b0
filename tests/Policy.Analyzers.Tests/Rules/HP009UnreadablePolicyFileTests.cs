using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Policy.Analyzers.Rules;
using Policy.Analyzers.Tests.Infrastructure;
using VerifyHP009 = Policy.Analyzers.Tests.Infrastructure.Verify<Policy.Analyzers.Rules.UnreadablePolicyFileAnalyzer>;

namespace Policy.Analyzers.Tests.Rules;

public class HP009UnreadablePolicyFileTests
{
    private const string Code = "class C { }";

    [Fact]
    public async Task Bad_json_is_reported_at_its_line()
    {
        var repo = new PolicyRepo().Raw("systems/x/data-flows/df-bad.json", "{\n  \"kind\": \"DataFlow\",\n  \"id\": \"df-bad\"\n  \"title\": \"x\"\n}\n");
        await VerifyHP009.RunAsync(Code, repo,
            new DiagnosticResult("HP009", DiagnosticSeverity.Error).WithSpan("/policies/systems/x/data-flows/df-bad.json", 4, 3, 4, 4)
                .WithArguments("Policy file cannot be read: ',' or '}' was expected in the object; attestations naming its artefact cannot be checked"));
    }

    [Fact]
    public async Task Duplicate_property_is_reported_at_the_second_occurrence()
    {
        var repo = new PolicyRepo().Raw("a.json", "{\n  \"kind\": \"DataFlow\",\n  \"id\": \"df-a\",\n  \"id\": \"df-b\"\n}\n");
        await VerifyHP009.RunAsync(Code, repo,
            new DiagnosticResult("HP009", DiagnosticSeverity.Error).WithSpan("/policies/a.json", 4, 3, 4, 4)
                .WithArguments("Policy file cannot be read: duplicate property name \"id\" in the same object; attestations naming its artefact cannot be checked"));
    }

    [Fact]
    public async Task Duplicate_id_is_reported_on_the_later_file_at_the_id()
    {
        var repo = new PolicyRepo()
            .Raw("a.json", "{\n  \"kind\": \"DataFlow\",\n  \"id\": \"df-same\"\n}\n")
            .Raw("b.json", "{\n  \"kind\": \"Dpia\",\n\n  \"id\": \"df-same\"\n}\n");
        await VerifyHP009.RunAsync(Code, repo,
            new DiagnosticResult("HP009", DiagnosticSeverity.Error).WithSpan("/policies/b.json", 4, 9, 4, 18)
                .WithArguments("Duplicate artefact id 'df-same': /policies/a.json already defines it; ids must be unique in the policy repository"));
    }

    [Fact]
    public async Task Well_formed_files_and_unrelated_json_are_quiet()
    {
        var repo = new PolicyRepo()
            .DataFlow("df-ok", new[] { "health.observation" })
            .Raw("../appsettings.json", "{ not json, and no kind property");
        await VerifyHP009.RunAsync(Code, repo);
    }

    [Fact]
    public async Task With_a_policy_root_only_files_under_it_are_read()
    {
        var repo = new PolicyRepo()
            .Raw("broken.json", "{ \"kind\": ")
            .Raw("../elsewhere/broken.json", "{ \"kind\": ");
        await VerifyHP009.RunAsync(new[] { Code }, repo, "build_property.PolicyRoot = /policies/\n",
            new DiagnosticResult("HP009", DiagnosticSeverity.Error).WithSpan("/policies/broken.json", 1, 11, 1, 11)
                .WithArguments("Policy file cannot be read: unexpected end of file; a value was expected; attestations naming its artefact cannot be checked"));
    }
}
