using System.Text.Json.Nodes;
using Policy.Core.Findings;
using Policy.Core.Tests.Fixtures;
using static Policy.Core.Tests.Rules.DpiaTests.DpiaFixtures;

namespace Policy.Core.Tests.Rules.DpiaTests;

/// <summary>XR-DPIA-05 (risks), -06 (views of data subjects), -07 (Art. 9 basis and secrecy), -08 (retention): rules within one Dpia.</summary>
public sealed class DpiaContentRulesTests : IDisposable
{
    private readonly TestRepository repository = new();

    public void Dispose() => repository.Dispose();

    [Fact]
    public void XR_DPIA_05_fires_on_a_missing_base_risk()
    {
        repository.Artefact(DpiaPath, WithRisks("illegitimate-access", "unwanted-modification"));
        var finding = repository.Validate().Single("XR-DPIA-05");
        Assert.Equal(("policies/" + DpiaPath, "/risks"), (finding.File, finding.Pointer));
        Assert.Contains("'disappearance'", finding.Message);
    }

    [Fact]
    public void XR_DPIA_05_fires_on_an_undeclared_measure_and_missing_gauges()
    {
        var dpia = WithRisks("illegitimate-access", "unwanted-modification", "disappearance");
        dpia["risks"]![1]!["measures"] = new JsonArray("encryption", "backups");
        dpia["risks"]![2]!.AsObject().Remove("residual");
        repository.Artefact(DpiaPath, dpia);
        var findings = repository.Validate().Findings.Where(f => f.Rule == "XR-DPIA-05").Select(f => f.Pointer).Order().ToList();
        Assert.Equal(["/risks/1/measures/1", "/risks/2"], findings);
    }

    [Fact]
    public void XR_DPIA_05_is_quiet_on_a_complete_assessment()
    {
        repository.Artefact(DpiaPath, WithRisks("illegitimate-access", "unwanted-modification", "disappearance", "automation-bias"));
        repository.Validate().None("XR-DPIA-05");
    }

    [Fact]
    public void XR_DPIA_06_fires_when_views_were_not_sought_without_justification()
    {
        repository.Artefact(DpiaPath, DpiaFor().With("dataSubjectViews", new JsonObject { ["sought"] = false, ["notSoughtJustification"] = "  " }));
        var finding = repository.Validate().Single("XR-DPIA-06");
        Assert.Equal(("/dataSubjectViews/sought", Severity.Error), (finding.Pointer, finding.Severity));
    }

    [Theory]
    [InlineData("""{ "sought": false, "notSoughtJustification": "The CDU was consulted on the hospital-wide AI charter instead." }""")]
    [InlineData("""{ "sought": true, "summary": "The users' committee approved." }""")]
    public void XR_DPIA_06_is_quiet_with_views_or_a_justification(string views)
    {
        repository.Artefact(DpiaPath, DpiaFor().With("dataSubjectViews", JsonNode.Parse(views)));
        repository.Validate().None("XR-DPIA-06");
    }

    [Fact]
    public void XR_DPIA_07_fires_on_health_data_without_an_art9_condition_in_the_main_or_a_purpose_basis()
    {
        repository.Artefact(DpiaPath, DpiaFor()
            .With("lawfulBasis", new JsonObject { ["art6"] = "public-task" })
            .With("purposes", JsonNode.Parse("""[ { "id": "training", "dataUse": "train-ai-system", "lawfulBasis": { "art6": "public-task" } } ]""")));
        var findings = repository.Validate().Findings.Where(f => f.Rule == "XR-DPIA-07").ToList();
        Assert.Equal(["/lawfulBasis", "/purposes/0/lawfulBasis"], findings.Select(f => f.Pointer).Order().ToList());
        Assert.All(findings, f => Assert.Equal("/dataCategories/0/category", f.Related[0].Location.Pointer));
        Assert.Contains("purpose 'training'", findings.Single(f => f.Pointer.StartsWith("/purposes", StringComparison.Ordinal)).Message);
    }

    [Fact]
    public void XR_DPIA_07_fires_on_care_9_2_h_without_professional_secrecy()
    {
        repository.Artefact(DpiaPath, DpiaFor().With("lawfulBasis", Basis("Code de la santé publique, art. L6112-1 (public service)")));
        var finding = repository.Validate().Single("XR-DPIA-07");
        Assert.Equal("/lawfulBasis/art9", finding.Pointer);
        Assert.Contains("9(3)", finding.Message);
    }

    [Theory]
    [InlineData("Code de la santé publique, art. L1110-4")]
    [InlineData("Secret médical des membres de l'équipe de soins")]
    public void XR_DPIA_07_is_quiet_when_secrecy_is_cited(string law)
    {
        repository.Artefact(DpiaPath, DpiaFor().With("lawfulBasis", Basis(law)));
        repository.Validate().None("XR-DPIA-07");
    }

    [Fact]
    public void XR_DPIA_07_follows_the_governance_secrecy_markers()
    {
        repository.Artefact(DpiaPath, DpiaFor().With("lawfulBasis", Basis("Code de la santé publique, art. R6113-5 (DIM physician)")));
        repository.Validate().Single("XR-DPIA-07");
        repository.Artefact("governance.json", Artefacts.Envelope("Governance", "chu").With("policies", JsonNode.Parse("""{ "professionalSecrecyMarkers": ["R6113-5"] }""")));
        repository.Validate().None("XR-DPIA-07");
    }

    [Fact]
    public void XR_DPIA_07_is_quiet_without_special_categories()
    {
        repository.Artefact(DpiaPath, DpiaFor(categories: ["identity.direct"]).With("lawfulBasis", new JsonObject { ["art6"] = "public-task" }));
        repository.Validate().None("XR-DPIA-07");
    }

    [Fact]
    public void XR_DPIA_08_warns_on_a_category_without_retention()
    {
        repository.Artefact(DpiaPath, DpiaFor(categories: ["health.observation", "identity.direct"])
            .With("retention", JsonNode.Parse("""[ { "category": "health.observation", "duration": "P20Y" } ]""")));
        var finding = repository.Validate().Single("XR-DPIA-08");
        Assert.Equal(("/dataCategories/1/category", Severity.Warning), (finding.Pointer, finding.Severity));
        Assert.Equal("/retention", finding.Related[0].Location.Pointer);
    }

    [Fact]
    public void XR_DPIA_08_is_quiet_when_a_parent_key_sets_the_retention()
    {
        repository.Artefact(DpiaPath, DpiaFor(categories: ["health.observation", "health.diagnosis"])
            .With("retention", JsonNode.Parse("""[ { "category": "health.record", "duration": "P20Y" } ]""")));
        repository.Validate().None("XR-DPIA-08");
    }

    private static JsonObject Basis(string law) => new()
    {
        ["art6"] = "public-task",
        ["art9"] = "care-9-2-h",
        ["nationalLaw"] = new JsonArray(new JsonObject { ["title"] = law }),
    };

    private static JsonObject WithRisks(params string[] kinds) =>
        DpiaFor()
            .With("measures", JsonNode.Parse("""[ { "id": "encryption", "title": "Encryption", "description": "AES", "status": "existing" } ]"""))
            .With("risks", new JsonArray(kinds.Select(k => (JsonNode)new JsonObject
            {
                ["id"] = k,
                ["kind"] = k,
                ["measures"] = new JsonArray("encryption"),
                ["residual"] = new JsonObject { ["severity"] = 1, ["likelihood"] = 1 },
            }).ToArray()));
}
