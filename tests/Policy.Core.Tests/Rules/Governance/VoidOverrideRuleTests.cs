using System.Text.Json;
using System.Text.Json.Nodes;
using Policy.Core.Findings;
using Policy.Core.Formatting;
using Policy.Core.Tests.Fixtures;
using Policy.Core.Validation;

namespace Policy.Core.Tests.Rules.GovernanceTests;

/// <summary>XR-GOV-04: an override nobody justified is void: reported on the entry, not applied, and every report says so.</summary>
public sealed class VoidOverrideRuleTests : IDisposable
{
    private const string Rule = "XR-GOV-04";
    private readonly TestRepository repository = new();

    /// <summary>An unapproved HumanOversight of a high-risk card: XR-HO-04 fires (no stop), which the override tries to silence.</summary>
    public VoidOverrideRuleTests()
    {
        repository.Artefact("ecg/system-card.json", Artefacts.SystemCard("ecg-assist", "health.observation").With("aiAct", new JsonObject { ["riskClass"] = "high-risk" }));
        repository.Artefact("ecg/human-oversight.json", Artefacts.Envelope("HumanOversight", "ho-ecg", "ecg-assist"));
    }

    public void Dispose() => repository.Dispose();

    private ValidationReport ValidateWithOverride(JsonObject entry)
    {
        repository.Artefact("governance.json", Artefacts.Envelope("Governance", "chu").With("severityOverrides", new JsonArray(entry)));
        return repository.Validate();
    }

    private static JsonObject Override(string? justification)
    {
        var entry = new JsonObject { ["rule"] = "XR-HO-04", ["severity"] = "off" };
        if (justification is not null)
        {
            entry["justification"] = justification;
        }

        return entry;
    }

    private static string Write(IReportFormatter formatter, ValidationReport report)
    {
        var writer = new StringWriter();
        formatter.Write(report, writer);
        return writer.ToString();
    }

    [Theory]
    [InlineData("")]
    [InlineData("                         ")]
    [InlineData(null)]
    public void A_blank_or_missing_justification_voids_the_override(string? justification)
    {
        var report = ValidateWithOverride(Override(justification));
        var finding = report.Single(Rule);
        Assert.Equal(("policies/governance.json", "/severityOverrides/0/justification", Severity.Error), (finding.File, finding.Pointer, finding.Severity));
        Assert.Contains("NOT applied", finding.Message);
        Assert.Equal(Severity.Error, report.Single("XR-HO-04").Severity);
        var listed = Assert.Single(report.Overrides);
        Assert.True(listed.Override.IsVoid);
        Assert.Equal(0, listed.FindingsAffected);
    }

    [Fact]
    public void Every_report_format_says_the_void_override_is_not_applied()
    {
        var report = ValidateWithOverride(Override("   "));
        Assert.Contains("severity override XR-HO-04 -> off NOT APPLIED: it has no justification", Write(new TextFormatter(), report));
        Assert.Contains("severity override XR-HO-04 -> off NOT APPLIED", Write(new GitHubAnnotationsFormatter(), report));

        using var json = JsonDocument.Parse(Write(new JsonReportFormatter(), report));
        Assert.False(json.RootElement.GetProperty("summary").GetProperty("overrides")[0].GetProperty("applied").GetBoolean());

        using var sarif = JsonDocument.Parse(Write(new SarifFormatter(new ToolInfo("policy", "1.0.0", new Uri("https://git.example/docs/rules/"))), report));
        var listed = sarif.RootElement.GetProperty("runs")[0].GetProperty("properties").GetProperty("severityOverrides")[0];
        Assert.False(listed.GetProperty("applied").GetBoolean());
    }

    [Fact]
    public void A_justified_override_applies_and_is_quiet()
    {
        var report = ValidateWithOverride(Override("Committee of 2026-11-20: stop procedure in the vendor manual, review in March."));
        report.None(Rule);
        report.None("XR-HO-04");
        var listed = Assert.Single(report.Overrides);
        Assert.False(listed.Override.IsVoid);
        using var json = JsonDocument.Parse(Write(new JsonReportFormatter(), report));
        Assert.True(json.RootElement.GetProperty("summary").GetProperty("overrides")[0].GetProperty("applied").GetBoolean());
    }
}
