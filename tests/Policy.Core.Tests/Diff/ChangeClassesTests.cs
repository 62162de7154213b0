using System.Text.Json.Nodes;
using Policy.Core.Diff;
using Policy.Core.Tests.Fixtures;

namespace Policy.Core.Tests.Diff;

/// <summary>
/// Each example of the classification table, both ways: the change gets its class, and the same
/// change undone gets the other (or is not ranked as the first).
/// </summary>
public sealed class ChangeClassesTests
{
    public static TheoryData<string, string, string, string, string, string> Examples => new()
    {
        // kind, before, after, pointer, class, class of the reverse change
        { "SystemCard", """{"aiAct":{"riskClass":"minimal"}}""", """{"aiAct":{"riskClass":"high-risk"}}""", "/aiAct/riskClass", "raises-risk", "weakens-safeguard" },
        { "HumanOversight", """{"decisions":[{"id":"d1","mode":"in-the-loop"}]}""", """{"decisions":[{"id":"d1","mode":"on-the-loop"}]}""", "/decisions/0/mode", "weakens-safeguard", "strengthens" },
        { "HumanOversight", """{"decisions":[{"id":"d1","mode":"in-command"}]}""", """{"decisions":[{"id":"d1","mode":"none"}]}""", "/decisions/0/mode", "weakens-safeguard", "strengthens" },
        { "DataFlow", """{"destination":{"storageCountries":["FR"]}}""", """{"destination":{"storageCountries":["US"]}}""", "/destination/storageCountries/0", "raises-risk", "neutral" },
        { "DataFlow", """{"destination":{"country":"FR"}}""", """{"destination":{"country":"US"}}""", "/destination/country", "raises-risk", "neutral" },
        { "DataFlow", """{"destination":{"hostingCertification":{"type":"HDS"}}}""", """{"destination":{}}""", "/destination/hostingCertification", "weakens-safeguard", "strengthens" },
        { "DataFlow", """{"destination":{"hostingCertification":{"type":"HDS"}}}""", """{"destination":{"hostingCertification":{"type":"none"}}}""", "/destination/hostingCertification/type", "weakens-safeguard", "strengthens" },
        { "DataFlow", """{"dataCategories":["identity.pseudonymous"]}""", """{"dataCategories":["identity.pseudonymous","health.diagnosis"]}""", "/dataCategories/1", "raises-risk", "strengthens" },
        { "HumanOversight", """{"reviewers":[{"role":"cardiologist"},{"role":"nurse"}]}""", """{"reviewers":[{"role":"cardiologist"}]}""", "/reviewers/1", "weakens-safeguard", "strengthens" },
        { "HumanOversight", """{"recordEntryReview":{"required":true}}""", """{}""", "/recordEntryReview", "weakens-safeguard", "strengthens" },
        { "Dpia", """{"risks":[{"id":"r1","residual":{"severity":2,"likelihood":1}}]}""", """{"risks":[{"id":"r1","residual":{"severity":3,"likelihood":1}}]}""", "/risks/0/residual/severity", "raises-risk", "strengthens" },
        { "Dpia", """{"retention":[{"category":"health.observation","duration":"P1Y"}]}""", """{"retention":[{"category":"health.observation","duration":"P5Y"}]}""", "/retention/0/duration", "raises-risk", "strengthens" },
        { "PatientNotice", """{"content":{"fr":{"aiUse":"x","transfers":"y"}}}""", """{"content":{"fr":{"aiUse":"x"}}}""", "/content/fr/transfers", "weakens-safeguard", "strengthens" },
        { "SystemCard", """{"lifecycleStage":"deployment"}""", """{"lifecycleStage":"use"}""", "/lifecycleStage", "raises-risk", "neutral" },
        { "SystemCard", """{"performanceClaims":[{"metric":"AUC","dataset":"d","value":{"kind":"single","value":0.94}}]}""", """{"performanceClaims":[{"metric":"AUC","dataset":"d","value":{"kind":"single","value":0.9}}]}""", "/performanceClaims/0/value/value", "raises-risk", "neutral" },
        { "SystemCard", """{"summary":"Reads twelve-lead ECGs and flags atrial fibrilation for the cardiologist."}""", """{"summary":"Reads twelve-lead ECGs and flags atrial fibrillation for the cardiologist."}""", "/summary", "editorial", "editorial" },
        { "EthicsAssessment", """{"stages":[{"stage":"use","principles":{"justice":{"measures":["Audit by sex and age","Yearly review"]}}}]}""", """{"stages":[{"stage":"use","principles":{"justice":{"measures":["Yearly review"]}}}]}""", "/stages/0/principles/justice/measures/0", "weakens-safeguard", "strengthens" },
        { "Governance", """{"approvalMatrix":[{"kind":"Dpia","requiredRoles":["controller","dpo"]}]}""", """{"approvalMatrix":[{"kind":"Dpia","requiredRoles":["controller"]}]}""", "/approvalMatrix/0/requiredRoles/1", "weakens-safeguard", "strengthens" },
    };

    [Theory]
    [MemberData(nameof(Examples))]
    public void Each_example_gets_its_class_and_the_reverse_change_the_other(string kind, string before, string after, string pointer, string expected, string reverse)
    {
        Assert.Equal((pointer, expected), OnlyChange(kind, before, after));
        var back = OnlyChange(kind, after, before);
        Assert.Equal(reverse, back.Class);
    }

    [Fact]
    public void A_rewording_is_not_editorial()
    {
        var (_, cls) = OnlyChange("SystemCard", """{"summary":"Reads twelve-lead ECGs and flags atrial fibrillation."}""", """{"summary":"Reads single-lead ECGs and decides on anticoagulation."}""");
        Assert.Equal("neutral", cls);
    }

    [Fact]
    public void A_one_letter_change_of_a_reference_is_not_editorial()
    {
        var (_, cls) = OnlyChange("DataFlow", """{"dpia":"dpia-ecg-assist-v2"}""", """{"dpia":"dpia-ecg-assist-v3"}""");
        Assert.Equal("neutral", cls);
    }

    [Fact]
    public void Every_class_name_in_the_table_is_one_of_the_five()
    {
        Assert.Equal(["raises-risk", "weakens-safeguard", "strengthens", "neutral", "editorial"], DiffNames.Classes.Select(DiffNames.Of));
        Assert.Contains("DataFlow", ChangeClassification.Shipped.Kinds);
    }

    private static (string Pointer, string Class) OnlyChange(string kind, string before, string after)
    {
        using var pair = new DiffPair();
        pair.Old.ApproveGovernance = pair.New.ApproveGovernance = false;
        pair.Old.Artefact("a.json", Merge(Artefacts.Envelope(kind, "a1"), before));
        pair.New.Artefact("a.json", Merge(Artefacts.Envelope(kind, "a1"), after));
        // Most urgent first; a list of values changed in place is one value added and one removed.
        var changes = pair.Diff().Changes;
        Assert.InRange(changes.Count, 1, 2);
        Assert.All(changes, c => Assert.Equal(("a1", "policies/a.json"), (c.Id, c.File)));
        return (changes[0].Pointer, DiffNames.Of(changes[0].Class));
    }

    private static JsonObject Merge(JsonObject artefact, string members)
    {
        foreach (var (name, value) in JsonNode.Parse(members)!.AsObject())
        {
            artefact[name] = value?.DeepClone();
        }

        return artefact;
    }
}
