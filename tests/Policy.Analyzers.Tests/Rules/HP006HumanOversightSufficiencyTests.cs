using Policy.Analyzers.Tests.Infrastructure;
using VerifyHP006 = Policy.Analyzers.Tests.Infrastructure.Verify<Policy.Analyzers.Rules.HumanOversightSufficiencyAnalyzer>;

namespace Policy.Analyzers.Tests.Rules;

public class HP006HumanOversightSufficiencyTests
{
    private const string Fires = """
        using Policy.Annotations;
        class Triage
        {
            [AutomatedDecision, {|HP006:HumanOversight("ho-triage")|}]
            int Prioritise() => 1;
        }
        """;

    private const string Quiet = """
        using Policy.Annotations;
        class Triage
        {
            [AutomatedDecision, HumanOversight("ho-triage")]
            int Prioritise() => 1;
        }
        """;

    [Fact]
    public async Task Mode_none_for_a_decision_with_significant_effect_fires()
    {
        var repo = new PolicyRepo()
            .SystemCard("ecg-assist", riskClass: "minimal")
            .HumanOversight("ho-triage", new[] { ("triage", true, "none") });
        await VerifyHP006.RunAsync(Fires, repo);
    }

    [Fact]
    public async Task Mode_none_on_a_high_risk_system_fires_even_without_significant_effect()
    {
        var repo = new PolicyRepo()
            .SystemCard("ecg-assist", riskClass: "high-risk")
            .HumanOversight("ho-triage", new[] { ("sort-worklist", false, "none") });
        await VerifyHP006.RunAsync(Fires, repo);
    }

    [Fact]
    public async Task Mode_none_without_significant_effect_on_a_minimal_risk_system_is_quiet()
    {
        var repo = new PolicyRepo()
            .SystemCard("ecg-assist", riskClass: "minimal")
            .HumanOversight("ho-triage", new[] { ("sort-worklist", false, "none") });
        await VerifyHP006.RunAsync(Quiet, repo);
    }

    [Theory]
    [InlineData("in-the-loop")]
    [InlineData("on-the-loop")]
    [InlineData("in-command")]
    public async Task Human_modes_are_quiet_on_a_high_risk_system(string mode)
    {
        var repo = new PolicyRepo()
            .SystemCard("ecg-assist", riskClass: "high-risk")
            .HumanOversight("ho-triage", new[] { ("triage", true, mode) });
        await VerifyHP006.RunAsync(Quiet, repo);
    }
}
