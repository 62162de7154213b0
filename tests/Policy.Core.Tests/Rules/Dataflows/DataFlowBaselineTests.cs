using Policy.Core.Tests.Fixtures;

namespace Policy.Core.Tests.Rules.DataflowsTests;

public sealed class DataFlowBaselineTests : IDisposable
{
    private readonly DataFlowFixtures fixture = new();

    public void Dispose() => fixture.Dispose();

    [Fact]
    public void Transient_processing_in_the_EEA_by_an_HDS_host_is_quiet_for_every_data_flow_rule()
    {
        var report = fixture.Validate(DataFlowFixtures.Flow());
        Assert.True(report.Findings.All(f => !f.Rule.StartsWith("XR-DF-", StringComparison.Ordinal)), ReportAssertions.Describe(report));
    }

    [Fact]
    public void An_inactive_flow_is_ignored()
    {
        var flow = DataFlowFixtures.Flow().With("active", false).With("recipientMayTrainOnData", true).Without("dpia").Without("processorContractRef");
        flow.Set("destination", "country", "US");
        var report = fixture.Validate(flow);
        Assert.True(report.Findings.All(f => !f.Rule.StartsWith("XR-DF-", StringComparison.Ordinal)), ReportAssertions.Describe(report));
    }
}
