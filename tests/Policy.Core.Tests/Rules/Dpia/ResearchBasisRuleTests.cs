using System.Text.Json.Nodes;
using Policy.Core.Findings;
using Policy.Core.Tests.Fixtures;
using static Policy.Core.Tests.Rules.DpiaTests.DpiaFixtures;

namespace Policy.Core.Tests.Rules.DpiaTests;

/// <summary>XR-DPIA-12: research on health data has its own basis: 9(2)(j) with its framework, or explicit consent; never 9(2)(h).</summary>
public sealed class ResearchBasisRuleTests : IDisposable
{
    private const string Rule = "XR-DPIA-12";
    private static readonly JsonObject CareBasis = new() { ["art6"] = "public-task", ["art9"] = "care-9-2-h" };
    private readonly TestRepository repository = new();

    public void Dispose() => repository.Dispose();

    private JsonObject WriteDpia(string purposes, JsonObject? mainBasis = null)
    {
        var dpia = DpiaFor().With("purposes", JsonNode.Parse(purposes)).With("lawfulBasis", (mainBasis ?? CareBasis).DeepClone());
        repository.Artefact(DpiaPath, dpia);
        return dpia;
    }

    [Fact]
    public void Fires_on_a_research_purpose_that_falls_under_the_care_basis()
    {
        WriteDpia("""[ { "id": "diagnosis", "dataUse": "care.diagnosis" }, { "id": "study", "dataUse": "research" } ]""");
        var finding = repository.Validate().Single(Rule);
        Assert.Equal(("/purposes/1", Severity.Error), (finding.Pointer, finding.Severity));
        Assert.Contains("has no lawful basis of its own", finding.Message);
        Assert.Equal("/lawfulBasis/art9", finding.Related[0].Location.Pointer);
    }

    [Fact]
    public void Fires_on_a_statistics_purpose_whose_own_basis_is_care()
    {
        WriteDpia("""[ { "id": "stats", "dataUse": "statistics", "lawfulBasis": { "art6": "public-task", "art9": "care-9-2-h" } } ]""");
        var report = repository.Validate();
        Assert.Equal("/purposes/0/lawfulBasis/art9", report.Single(Rule).Pointer);
        // One root cause: the care basis is wrong here, not its missing secrecy (the main basis is still asked for it).
        Assert.DoesNotContain(report.Findings, f => f.Rule == "XR-DPIA-07" && f.Pointer.StartsWith("/purposes/0", StringComparison.Ordinal));
    }

    [Fact]
    public void A_care_purpose_on_its_own_care_basis_still_owes_the_secrecy_citation()
    {
        WriteDpia("""[ { "id": "triage", "dataUse": "care.diagnosis", "lawfulBasis": { "art6": "public-task", "art9": "care-9-2-h" } } ]""");
        var report = repository.Validate();
        report.None(Rule);
        Assert.Contains(report.Findings, f => f.Rule == "XR-DPIA-07" && f.Pointer == "/purposes/0/lawfulBasis/art9");
    }

    [Fact]
    public void Fires_on_9_2_j_without_a_reference_methodology_or_authorisation()
    {
        WriteDpia("""[ { "id": "study", "dataUse": "research", "lawfulBasis": { "art6": "public-task", "art9": "research-9-2-j" } } ]""");
        var finding = repository.Validate().Single(Rule);
        Assert.Equal("/purposes/0/lawfulBasis/nationalLaw", finding.Pointer);
        Assert.Contains("MR-004", finding.Message);
    }

    [Theory]
    [InlineData("""{ "art6": "public-task", "art9": "research-9-2-j", "nationalLaw": [ { "title": "CNIL méthodologie de référence MR-004" } ] }""")]
    [InlineData("""{ "art6": "public-task", "art9": "research-9-2-j", "nationalLaw": [ { "title": "Autorisation CNIL n° 2026-123 (art. 66 loi Informatique et Libertés)" } ] }""")]
    [InlineData("""{ "art6": "consent", "art9": "explicit-consent" }""")]
    public void Is_quiet_on_a_research_basis_with_its_framework_or_on_consent(string basis)
    {
        WriteDpia($$"""[ { "id": "study", "dataUse": "research", "lawfulBasis": {{basis}} } ]""");
        repository.Validate().None(Rule);
    }

    [Fact]
    public void Accepts_the_framework_cited_in_the_main_basis()
    {
        WriteDpia(
            """[ { "id": "study", "dataUse": "research", "lawfulBasis": { "art6": "public-task", "art9": "research-9-2-j" } } ]""",
            new JsonObject { ["art6"] = "public-task", ["art9"] = "care-9-2-h", ["nationalLaw"] = JsonNode.Parse("""[ { "title": "MR-004" } ]""") });
        repository.Validate().None(Rule);
    }

    [Fact]
    public void Warns_on_another_art_9_condition()
    {
        WriteDpia("""[ { "id": "study", "dataUse": "research", "lawfulBasis": { "art6": "public-task", "art9": "public-health-9-2-i" } } ]""");
        Assert.Equal(Severity.Warning, repository.Validate().Single(Rule).Severity);
    }

    [Fact]
    public void Is_quiet_on_care_purposes_and_without_special_categories()
    {
        WriteDpia("""[ { "id": "diagnosis", "dataUse": "care.diagnosis" } ]""");
        repository.Validate().None(Rule);

        repository.Artefact(DpiaPath, DpiaFor("dpia-ecg", "ecg-assist", "identity.direct").With("purposes", JsonNode.Parse("""[ { "id": "study", "dataUse": "research" } ]""")).With("lawfulBasis", CareBasis.DeepClone()));
        repository.Validate().None(Rule);
    }
}
