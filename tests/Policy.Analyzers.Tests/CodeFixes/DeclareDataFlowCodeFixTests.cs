using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Policy.Analyzers.CodeFixes;
using Policy.Analyzers.Rules;
using Policy.Analyzers.Tests.Infrastructure;

namespace Policy.Analyzers.Tests.CodeFixes;

public class DeclareDataFlowCodeFixTests
{
    private const string Source = """
        using System.Net.Http;
        using System.Net.Http.Json;
        using Hl7.Fhir.Model;
        using Policy.Annotations;
        using Task = System.Threading.Tasks.Task;

        [assembly: AiSystem("ecg-assist")]

        namespace Vendor.Cardio
        {
            class EcgUploader
            {
                private readonly HttpClient http = new HttpClient();

                public Task SendAsync(Observation {|#1:observation|}) => {|#0:http.PostAsJsonAsync("https://api.cloud.example/ecg", observation)|};
            }
        }
        """;

    private const string ExpectedDraft = """
        {
          "$schema": "https://policy-as-code.example/schemas/data-flow.schema.json",
          "kind": "DataFlow",
          "id": "df-ecg-assist-api-cloud",
          "title": "DRAFT, not approved: data sent by Vendor.Cardio.EcgUploader.SendAsync to api.cloud.example",
          "version": "0.1.0",
          "system": "ecg-assist",
          "owner": { "name": "TODO: accountable person", "role": "TODO: their role" },
          "reviewDue": "TODO: yyyy-mm-dd",
          "x-draft": {
            "status": "draft, not approved",
            "note": "Drafted by the Policy.Analyzers code fix from what the code sends. Nobody has decided anything in it yet: replace every TODO, have the committee approve this file's content hash (an Approval in approvals/), and only then attest it with [DataFlow(\"df-ecg-assist-api-cloud\")]. Delete this x-draft block when it is complete.",
            "seenIn": "Vendor.Cardio.EcgUploader.SendAsync",
            "sinkFamily": "http"
          },
          "source": {
            "component": "TODO: the application or component that sends the data",
            "codeRefs": ["Vendor.Cardio.EcgUploader.SendAsync"]
          },
          "destination": {
            "name": "TODO: the destination service",
            "operator": "TODO: the legal entity operating it",
            "type": "TODO: internal | processor | third-party-controller | public-authority",
            "endpoints": ["api.cloud.example"],
            "country": "TODO: ISO 3166-1 alpha-2 country of the destination",
            "hostingCertification": { "type": "TODO: HDS | SecNumCloud | ISO27001 | none" }
          },
          "direction": "outbound",
          "dataCategories": ["health.observation"],
          "dataSubjects": ["TODO: whose data (patient, professional, ...)"],
          "purpose": "TODO: purpose taxonomy key, for example care.diagnosis",
          "lawfulBasis": {
            "art6": "TODO: GDPR Art. 6 lawful basis",
            "art9": "TODO: GDPR Art. 9(2) condition for health data"
          },
          "dpia": "TODO: id of the Dpia that covers this flow",
          "recipientMayTrainOnData": "TODO: true or false",
          "protection": { "encryptionInTransit": "TODO: true or false" }
        }

        """;

    private static DiagnosticResult HP001 => new DiagnosticResult("HP001", DiagnosticSeverity.Warning).WithLocation(0).WithLocation(1)
        .WithArguments("health.observation", "HttpClientJsonExtensions.PostAsJsonAsync");

    private static PolicyRepo Repo() => new PolicyRepo()
        .SystemCard("ecg-assist")
        .DataFlow("df-other", new[] { "identity.direct" });

    [Fact]
    public async Task Draft_is_added_under_the_policy_root_prefilled_and_the_warning_stays_until_approved()
    {
        var fixCase = new FixCase
        {
            Source = Source,
            FixedSource = Source,
            Policies = Repo(),
            EquivalenceKey = DeclareDataFlowCodeFix.EquivalenceKey,
            ExtraGlobalConfig = "build_property.PolicyRoot = /policies/",
            CheckFixAll = false,
        };
        fixCase.AddedFiles.Add(("/policies/systems/ecg-assist/data-flows/df-ecg-assist-api-cloud.json", ExpectedDraft));
        fixCase.Expected.Add(HP001);
        fixCase.ExpectedAfterFix.Add(HP001);
        await VerifyFix<HealthDataToUndeclaredSinkAnalyzer, DeclareDataFlowCodeFix>.RunAsync(fixCase);
    }

    [Fact]
    public async Task Taken_id_gets_a_suffix_and_without_policy_root_the_existing_policy_folder_is_used()
    {
        var repo = Repo().DataFlow("df-ecg-assist-api-cloud", new[] { "identity.direct" });
        var fixCase = new FixCase
        {
            Source = Source,
            FixedSource = Source,
            Policies = repo,
            EquivalenceKey = DeclareDataFlowCodeFix.EquivalenceKey,
            CheckFixAll = false,
        };
        var draft = ExpectedDraft.Replace("df-ecg-assist-api-cloud", "df-ecg-assist-api-cloud-2");
        fixCase.AddedFiles.Add(("/policies/systems/ecg-assist/data-flows/df-ecg-assist-api-cloud-2.json", draft));
        fixCase.Expected.Add(HP001);
        fixCase.ExpectedAfterFix.Add(HP001);
        await VerifyFix<HealthDataToUndeclaredSinkAnalyzer, DeclareDataFlowCodeFix>.RunAsync(fixCase);
    }

    [Fact]
    public async Task Without_system_or_constant_host_the_draft_says_what_is_missing()
    {
        const string source = """
            using System;
            using System.Net.Http;
            using System.Net.Http.Json;
            using Hl7.Fhir.Model;
            using Task = System.Threading.Tasks.Task;

            class Uploader
            {
                private readonly HttpClient http = new HttpClient();

                public Task SendAsync(Uri target, Condition {|#1:condition|}) => {|#0:http.PostAsJsonAsync(target, condition)|};
            }
            """;
        var fixCase = new FixCase
        {
            Source = source,
            FixedSource = source,
            Policies = Repo(),
            EquivalenceKey = DeclareDataFlowCodeFix.EquivalenceKey,
            ExtraGlobalConfig = "build_property.PolicyRoot = /policies",
            CheckFixAll = false,
        };
        var draft = ExpectedDraft
            .Replace("df-ecg-assist-api-cloud", "df-app-http")
            .Replace("Vendor.Cardio.EcgUploader.SendAsync", "Uploader.SendAsync")
            .Replace("to api.cloud.example", "to a http service")
            .Replace("\"system\": \"ecg-assist\"", "\"system\": \"TODO: id of the SystemCard this flow belongs to (no [AiSystem] found in the code)\"")
            .Replace("[\"api.cloud.example\"]", "[\"TODO: host names or *.suffix patterns (the address is not a constant in the code)\"]")
            .Replace("health.observation", "health.diagnosis");
        fixCase.AddedFiles.Add(("/policies/data-flows/df-app-http.json", draft));
        var hp001 = new DiagnosticResult("HP001", DiagnosticSeverity.Warning).WithLocation(0).WithLocation(1)
            .WithArguments("health.diagnosis", "HttpClientJsonExtensions.PostAsJsonAsync");
        fixCase.Expected.Add(hp001);
        fixCase.ExpectedAfterFix.Add(hp001);
        await VerifyFix<HealthDataToUndeclaredSinkAnalyzer, DeclareDataFlowCodeFix>.RunAsync(fixCase);
    }
}
