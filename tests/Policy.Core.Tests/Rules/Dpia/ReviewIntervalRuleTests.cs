using System.Text.Json.Nodes;
using Policy.Core.Findings;
using Policy.Core.Tests.Fixtures;
using static Policy.Core.Tests.Rules.DpiaTests.DpiaFixtures;

namespace Policy.Core.Tests.Rules.DpiaTests;

public sealed class ReviewIntervalRuleTests : IDisposable
{
    private readonly TestRepository repository = new();

    public void Dispose() => repository.Dispose();

    [Fact]
    public void XR_DPIA_09_warns_when_review_is_due_after_the_configured_interval()
    {
        repository.Artefact("governance.json", Artefacts.Envelope("Governance", "chu").With("policies", JsonNode.Parse("""{ "dpiaReviewInterval": "P6M" }""")));
        repository.Artefact(DpiaPath, DpiaFor().With("reviewDue", "2027-06-01"));
        repository.Approve(DpiaPath);
        var finding = repository.Validate().Single("XR-DPIA-09");
        Assert.Equal(("policies/" + DpiaPath, "/reviewDue", Severity.Warning), (finding.File, finding.Pointer, finding.Severity));
        Assert.Contains("2027-05-01", finding.Message);
        Assert.Equal(("policies/approvals/dpia-ecg.json", "/approvers"), (finding.Related[0].Location.File, finding.Related[0].Location.Pointer));
    }

    [Fact]
    public void XR_DPIA_09_is_quiet_without_approval_after_a_rejection_and_within_the_interval()
    {
        repository.Artefact("governance.json", Artefacts.Envelope("Governance", "chu").With("policies", JsonNode.Parse("""{ "dpiaReviewInterval": "P6M" }""")));
        repository.Artefact(DpiaPath, DpiaFor().With("reviewDue", "2027-06-01"));
        repository.Validate().None("XR-DPIA-09");
        repository.Approve(DpiaPath);
        var rejection = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(repository.FullPath("policies/approvals/dpia-ecg.json")))!.AsObject();
        repository.Artefact("approvals/dpia-ecg.json", rejection.With("decision", "rejected").With("rejectionReason", "risks understated"));
        repository.Validate().None("XR-DPIA-09");
        repository.Artefact(DpiaPath, DpiaFor().With("reviewDue", "2027-05-01"));
        repository.Approve(DpiaPath);
        repository.Validate().None("XR-DPIA-09");
    }
}
