using System.Text.Json;
using Policy.Core.Loading;

namespace Policy.Core.Tests.Schemas;

/// <summary>
/// Where a schema and a rule state the same condition, they state it alike: the DataFlow schema asks for
/// `transfer` exactly where XR-DF-04 asks for a mechanism, and the HumanOversight schema asks for
/// `patientRecourse` where XR-HO-06 errs (a fully automated decision with a significant effect).
/// </summary>
public sealed class SchemaRuleAgreementTests
{
    private static readonly SchemaCatalog Catalog = SchemaCatalog.Load(SchemaSet.Folder);

    private static bool Requires(string kind, string json, string property)
    {
        using var document = JsonDocument.Parse(json);
        return Catalog.ForKind(kind)!.Schema.Validate(document.RootElement).Errors
            .Any(e => e.Keyword == "required" && e.InstanceLocation.Length == 0 && e.Message.Contains($"\"{property}\"", StringComparison.Ordinal));
    }

    private static string Flow(string destination, string categories = "\"identity.pseudonymous\"", string extra = "") => $$"""
        { "kind": "DataFlow", "dataCategories": [{{categories}}], "destination": {{destination}} {{extra}} }
        """;

    [Theory]
    [InlineData("""{ "type": "processor", "country": "US", "storesData": false }""")]
    [InlineData("""{ "type": "processor", "country": "FR", "storesData": true, "storageCountries": ["US"] }""")]
    [InlineData("""{ "type": "processor", "country": "FR", "storesData": false, "remoteAccessCountries": ["IN"] }""")]
    public void Personal_data_processed_stored_or_accessed_outside_the_eea_needs_a_transfer(string destination) =>
        Assert.True(Requires("DataFlow", Flow(destination), "transfer"));

    [Fact]
    public void Anonymous_data_outside_the_eea_needs_no_transfer() =>
        Assert.False(Requires("DataFlow", Flow("""{ "type": "processor", "country": "US", "storesData": false }""", "\"anonymous\""), "transfer"));

    [Fact]
    public void An_inactive_flow_needs_no_transfer() =>
        Assert.False(Requires("DataFlow", Flow("""{ "type": "processor", "country": "US", "storesData": false }""", extra: ", \"active\": false"), "transfer"));

    [Fact]
    public void Personal_data_kept_in_the_eea_needs_no_transfer() =>
        Assert.False(Requires("DataFlow", Flow("""{ "type": "processor", "country": "FR", "storesData": true, "storageCountries": ["DE"], "remoteAccessCountries": ["FR"] }"""), "transfer"));

    [Fact]
    public void Health_data_a_host_stores_outside_the_eea_is_left_to_the_hds_rule_as_in_XR_DF_04() =>
        Assert.False(Requires("DataFlow", Flow("""{ "type": "processor", "country": "FR", "storesData": true, "storageCountries": ["US"] }""", "\"health.report\""), "transfer"));

    [Theory]
    [InlineData("none", true, true)]
    [InlineData("in-the-loop", true, false)]
    [InlineData("on-the-loop", true, false)]
    [InlineData("none", false, false)]
    public void Patient_recourse_is_required_for_a_fully_automated_significant_decision(string mode, bool significant, bool required) =>
        Assert.Equal(required, Requires(
            "HumanOversight",
            $$"""{ "kind": "HumanOversight", "decisions": [ { "id": "d", "description": "d", "significantEffect": {{(significant ? "true" : "false")}}, "mode": "{{mode}}" } ] }""",
            "patientRecourse"));
}
