using System.Text.Json.Nodes;
using Policy.Core.Findings;
using Policy.Core.Tests.Fixtures;
using static Policy.Core.Tests.Rules.DataflowsTests.DataFlowFixtures;

namespace Policy.Core.Tests.Rules.DataflowsTests;

/// <summary>XR-DF-02 (HDS host), XR-DF-03 (storage in the EEA), XR-DF-04 (transfer mechanism), XR-DF-05 (remote access).</summary>
public sealed class HostingAndTransferTests : IDisposable
{
    private readonly DataFlowFixtures fixture = new();

    public void Dispose() => fixture.Dispose();

    private static JsonObject Stored(params string[] storageCountries) =>
        Flow()
            .Set("destination", "storesData", true)
            .Set("destination", "storageCountries", new JsonArray(storageCountries.Select(c => (JsonNode)c!).ToArray()))
            .With("retentionAtDestination", "P30D");

    private static JsonObject Scc() => new() { ["mechanism"] = "scc", ["tiaRef"] = "TIA-2026-04" };

    [Fact]
    public void XR_DF_02_fires_on_health_data_stored_by_a_host_without_hds()
    {
        var flow = Stored("FR");
        flow["destination"]!["hostingCertification"]!["type"] = "ISO27001";
        var finding = fixture.Validate(flow).Single("XR-DF-02");
        Assert.Equal(("policies/" + FlowFile, "/destination/hostingCertification/type", Severity.Error), (finding.File, finding.Pointer, finding.Severity));
        Assert.Contains("L1111-8", finding.Message);
    }

    [Fact]
    public void XR_DF_02_fires_on_an_expired_certificate()
    {
        var flow = Stored("FR");
        flow["destination"]!["hostingCertification"]!["validUntil"] = "2026-11-24";
        var finding = fixture.Validate(flow).Single("XR-DF-02");
        Assert.Equal(("/destination/hostingCertification/validUntil", Severity.Error), (finding.Pointer, finding.Severity));
    }

    [Fact]
    public void XR_DF_02_warns_on_transient_processing_without_hds()
    {
        var flow = Flow();
        flow["destination"]!.AsObject().Remove("hostingCertification");
        var finding = fixture.Validate(flow).Single("XR-DF-02");
        Assert.Equal(("/destination/hostingCertification", Severity.Warning), (finding.Pointer, finding.Severity));
        Assert.Contains("R1111-9", finding.Message);
    }

    [Fact]
    public void XR_DF_02_is_quiet_on_storage_by_a_valid_hds_host()
    {
        fixture.Validate(Stored("FR", "DE")).None("XR-DF-02");
    }

    [Fact]
    public void XR_DF_02_is_quiet_on_health_data_kept_internal()
    {
        var flow = Stored("FR").Set("destination", "type", "internal");
        flow["destination"]!.AsObject().Remove("hostingCertification");
        fixture.Validate(flow).None("XR-DF-02");
    }

    [Fact]
    public void XR_DF_03_fires_on_health_data_stored_outside_the_eea()
    {
        var finding = fixture.Validate(Stored("FR", "US").With("transfer", Scc())).Single("XR-DF-03");
        Assert.Equal(("policies/" + FlowFile, "/destination/storageCountries/1", Severity.Error), (finding.File, finding.Pointer, finding.Severity));
    }

    [Fact]
    public void XR_DF_03_is_quiet_on_transient_processing_in_the_eea_with_hds()
    {
        fixture.Validate(Flow()).None("XR-DF-03");
    }

    [Fact]
    public void XR_DF_03_is_quiet_on_non_health_data_stored_outside_the_eea()
    {
        var flow = Stored("US").With("dataCategories", new JsonArray("identity.pseudonymous")).With("transfer", Scc());
        fixture.Validate(flow).None("XR-DF-03");
    }

    [Fact]
    public void XR_DF_04_fires_on_personal_data_outside_the_eea_without_mechanism()
    {
        var flow = Flow().Set("destination", "country", "US");
        var finding = fixture.Validate(flow).Single("XR-DF-04");
        Assert.Equal(("policies/" + FlowFile, "/destination/country", Severity.Error), (finding.File, finding.Pointer, finding.Severity));
    }

    [Fact]
    public void XR_DF_04_counts_remote_access_from_outside_the_eea_as_a_transfer()
    {
        var flow = Flow().Set("destination", "remoteAccessCountries", new JsonArray("IN"));
        var finding = fixture.Validate(flow).Single("XR-DF-04");
        Assert.Equal(("/destination/remoteAccessCountries/0", Severity.Error), (finding.Pointer, finding.Severity));
    }

    [Fact]
    public void XR_DF_04_fires_on_adequacy_without_its_decision()
    {
        var flow = Flow().Set("destination", "country", "CH").With("transfer", new JsonObject { ["mechanism"] = "adequacy" });
        Assert.Equal("/transfer/mechanism", fixture.Validate(flow).Single("XR-DF-04").Pointer);
    }

    [Fact]
    public void XR_DF_04_warns_on_health_data_outside_the_eea_under_a_mechanism()
    {
        var flow = Flow().Set("destination", "country", "CH").With("transfer", Scc());
        var finding = fixture.Validate(flow).Single("XR-DF-04");
        Assert.Equal(("/destination/country", Severity.Warning), (finding.Pointer, finding.Severity));
    }

    [Fact]
    public void XR_DF_04_leaves_health_data_stored_outside_the_eea_to_XR_DF_03()
    {
        var report = fixture.Validate(Stored("US"));
        report.Single("XR-DF-03");
        report.None("XR-DF-04");
    }

    [Fact]
    public void XR_DF_04_adds_no_review_warning_to_a_flow_XR_DF_03_reports()
    {
        var report = fixture.Validate(Stored("US").Set("destination", "remoteAccessCountries", new JsonArray("CH")).With("transfer", Scc()));
        report.Single("XR-DF-03");
        report.None("XR-DF-04");
    }

    [Fact]
    public void XR_DF_04_still_asks_a_mechanism_for_other_countries_of_a_flow_XR_DF_03_reports()
    {
        var report = fixture.Validate(Stored("US").Set("destination", "remoteAccessCountries", new JsonArray("IN")));
        report.Single("XR-DF-03");
        var finding = report.Single("XR-DF-04");
        Assert.Equal(("/destination/remoteAccessCountries/0", Severity.Error), (finding.Pointer, finding.Severity));
        Assert.DoesNotContain("US", finding.Message);
    }

    [Fact]
    public void XR_DF_04_is_quiet_on_anonymous_data_outside_the_eea()
    {
        var flow = Flow().With("dataCategories", new JsonArray("anonymous")).Set("destination", "country", "US");
        fixture.Validate(flow).None("XR-DF-04");
    }

    [Fact]
    public void XR_DF_04_is_quiet_inside_the_eea()
    {
        fixture.Validate(Flow().Set("destination", "country", "NO")).None("XR-DF-04");
    }

    [Fact]
    public void XR_DF_05_warns_when_a_health_data_host_does_not_disclose_remote_access()
    {
        var flow = Flow();
        flow["destination"]!.AsObject().Remove("remoteAccessCountries");
        var finding = fixture.Validate(flow).Single("XR-DF-05");
        Assert.Equal(("policies/" + FlowFile, "/destination", Severity.Warning), (finding.File, finding.Pointer, finding.Severity));
    }

    [Fact]
    public void XR_DF_05_is_quiet_when_the_host_declares_no_remote_access()
    {
        fixture.Validate(Flow()).None("XR-DF-05");
    }
}
