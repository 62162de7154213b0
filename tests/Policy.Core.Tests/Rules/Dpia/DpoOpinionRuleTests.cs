using System.Text.Json.Nodes;
using Policy.Core.Findings;
using Policy.Core.Tests.Fixtures;
using static Policy.Core.Tests.Rules.DpiaTests.DpiaFixtures;

namespace Policy.Core.Tests.Rules.DpiaTests;

/// <summary>XR-DPIA-11: an approved Dpia whose DPO opinion is unfavourable says why the controller departs from it.</summary>
public sealed class DpoOpinionRuleTests : IDisposable
{
    private const string Rule = "XR-DPIA-11";
    private readonly TestRepository repository = new();

    public DpoOpinionRuleTests() => repository.Artefact(CardPath, Card());

    public void Dispose() => repository.Dispose();

    private static JsonObject Unfavourable(string? reasons = null)
    {
        var opinion = new JsonObject { ["name"] = "Inès Roux", ["favourable"] = false, ["opinion"] = "Retention too long.", ["date"] = "2026-10-20" };
        if (reasons is not null)
        {
            opinion["departureReasons"] = reasons;
        }

        return DpiaFor().With("dpoOpinion", opinion);
    }

    [Fact]
    public void Fires_on_an_approved_dpia_against_an_unfavourable_opinion_without_reasons()
    {
        repository.Artefact(DpiaPath, Unfavourable());
        repository.Approve(DpiaPath);
        var finding = repository.Validate().Single(Rule);
        Assert.Equal(("policies/" + DpiaPath, "/dpoOpinion/departureReasons", Severity.Error), (finding.File, finding.Pointer, finding.Severity));
        Assert.Contains("WP243", finding.Message);
        Assert.Equal("/decision", finding.Related[0].Location.Pointer);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Blank_reasons_are_no_reasons(string reasons)
    {
        repository.Artefact(DpiaPath, Unfavourable(reasons));
        repository.Approve(DpiaPath);
        repository.Validate().Single(Rule);
    }

    [Fact]
    public void Is_quiet_when_the_reasons_are_recorded()
    {
        repository.Artefact(DpiaPath, Unfavourable("The controller keeps 10 years: CSP R1112-7 requires it for the medical record."));
        repository.Approve(DpiaPath);
        repository.Validate().None(Rule);
    }

    [Fact]
    public void Is_quiet_before_the_dpia_is_approved()
    {
        repository.Artefact(DpiaPath, Unfavourable());
        repository.Validate().None(Rule);
    }

    [Fact]
    public void Is_quiet_on_a_favourable_opinion()
    {
        repository.Artefact(DpiaPath, DpiaFor());
        repository.Approve(DpiaPath);
        repository.Validate().None(Rule);
    }
}
