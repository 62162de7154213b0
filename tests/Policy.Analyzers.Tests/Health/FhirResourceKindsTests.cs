// Point 4 of issue 13: resources that define things are not health data, metadata is not tainted, a
// server id is identity.pseudonymous, and a resource's categories do not depend on how it was obtained.
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Policy.Analyzers.Health;
using Policy.Analyzers.Tests.Infrastructure;
using VerifyHP001 = Policy.Analyzers.Tests.Infrastructure.Verify<Policy.Analyzers.Rules.HealthDataToUndeclaredSinkAnalyzer>;
using VerifyHP007 = Policy.Analyzers.Tests.Infrastructure.Verify<Policy.Analyzers.Rules.HealthDataToLogAnalyzer>;

namespace Policy.Analyzers.Tests.Health;

public class FhirResourceKindsTests
{
    private static DiagnosticResult HP007(int location, int origin, string categories) =>
        new DiagnosticResult("HP007", DiagnosticSeverity.Warning).WithLocation(location).WithLocation(origin).WithArguments(categories, "LoggerExtensions.LogInformation");

    [Fact]
    public void Every_resource_type_of_the_r4_sdk_is_decided_by_the_table_and_in_one_kind_only()
    {
        var resources = typeof(Hl7.Fhir.Model.Patient).Assembly.GetTypes()
            .Concat(typeof(Hl7.Fhir.Model.Bundle).Assembly.GetTypes())
            .Where(t => !t.IsAbstract && t.IsPublic && typeof(Hl7.Fhir.Model.Resource).IsAssignableFrom(t) && t.Namespace == "Hl7.Fhir.Model")
            .Select(t => t.Name)
            .Distinct()
            .ToList();
        Assert.True(resources.Count > 140);
        var undecided = string.Join(", ", resources.Where(r => !FhirResourceTable.Instance.IsListed(r)));
        Assert.True(undecided.Length == 0, undecided);
        Assert.Equal(FhirResourceKind.Definition, FhirResourceTable.Instance.KindOf("ValueSet"));
        Assert.Equal(FhirResourceKind.Patient, FhirResourceTable.Instance.KindOf("QuestionnaireResponse"));
        Assert.Equal(FhirResourceKind.Definition, FhirResourceTable.Instance.KindOf("Questionnaire"));
        Assert.Equal(FhirResourceKind.Patient, FhirResourceTable.Instance.KindOf("SomeFutureResource"));
    }

    [Fact]
    public async Task Resources_that_define_things_are_quiet_and_a_questionnaire_response_fires()
    {
        var code = TestSources.Usings + """
            class Catalogue
            {
                private readonly ILogger<Catalogue> logger = null!;

                public void Show(Medication medication, ValueSet valueSet, CapabilityStatement capabilities, Questionnaire form,
                    Organization organization, Endpoint endpoint, Substance substance, PlanDefinition plan, QuestionnaireResponse {|#1:answers|})
                {
                    logger.LogInformation("{M} {V} {C}", medication.Code.Text, valueSet.Name, capabilities.Software);
                    logger.LogInformation("{Q} {O} {E} {S} {P}", form.Title, organization.Name, endpoint.Address, substance.Code, plan.Title);
                    {|#0:logger.LogInformation("{A}", answers.Item[0].Answer)|};
                }
            }
            """;
        await VerifyHP007.RunAsync(code, null, HP007(0, 1, "health.record"));
    }

    [Fact]
    public async Task Metadata_is_quiet_also_under_nullable_and_the_content_fires()
    {
        var code = TestSources.Usings + """
            class Search
            {
                private readonly ILogger<Search> logger = null!;

                public void Report(Bundle results, Patient {|#1:patient|})
                {
                    int? total = results.Total;
                    logger.LogInformation("{Total} {Type} {Updated}", total, patient.TypeName, patient.Meta.LastUpdated);
                    logger.LogInformation("{Count} {Version}", results.Total.GetValueOrDefault(), patient.Meta.VersionId);
                    {|#0:logger.LogInformation("{Born}", patient.BirthDate)|};
                }
            }
            """;
        await VerifyHP007.RunAsync(code, null, HP007(0, 1, "health.record"));
    }

    [Fact]
    public async Task A_server_id_is_pseudonymous_and_logged_only_where_configured()
    {
        var code = TestSources.Usings + """
            class Store
            {
                private readonly ILogger<Store> logger = null!;
                private readonly HttpClient http = new HttpClient();

                public async Task SavedAsync(Patient patient, Medication medication)
                {
                    logger.LogInformation("Stored {Id} and {Medication}", patient.Id, medication.Id);
                    await http.PostAsync("https://audit.example/", new StringContent(patient.Id));
                }
            }
            """;
        await VerifyHP007.RunAsync(code, null);
        await VerifyHP001.RunAsync(code, null);

        var configured = code.Replace("\"Stored {Id} and {Medication}\", patient.Id", "\"Stored {Id} and {Medication}\", {|#1:patient.Id|}")
            .Replace("logger.LogInformation(\"Stored", "{|#0:logger.LogInformation(\"Stored").Replace("medication.Id);", "medication.Id)|};");
        await VerifyHP007.RunAsync(new[] { configured }, null, "policy_analyzers.log_categories = identity.pseudonymous", HP007(0, 1, "identity.pseudonymous"));
    }

    [Fact]
    public async Task A_resource_gets_the_same_categories_from_a_search_bundle_a_cast_a_pattern_or_directly()
    {
        var code = TestSources.Usings + """
            class Pharmacy
            {
                private readonly ILogger<Pharmacy> logger = null!;

                public void Show(Bundle {|#1:found|}, Medication direct)
                {
                    foreach (var medication in found.Entry.Select(e => e.Resource).OfType<Medication>())
                    {
                        logger.LogInformation("{Code}", medication.Code.Text);
                    }

                    if (found.Entry[0].Resource is Medication matched)
                    {
                        logger.LogInformation("{Code}", matched.Code.Text);
                    }

                    var cast = (Medication)found.Entry[1].Resource;
                    logger.LogInformation("{Code} {Direct}", cast.Code.Text, direct.Code.Text);
                    if (found.Entry[2].Resource is Observation observation)
                    {
                        {|#0:logger.LogInformation("{Value}", observation.Value)|};
                    }
                }
            }
            """;
        await VerifyHP007.RunAsync(code, null, HP007(0, 1, "health.observation"));
    }
}
