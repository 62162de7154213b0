using System.Text.Json;
using Policy.Core.Findings;
using Policy.Core.Formatting;
using Policy.Core.Validation;

namespace Policy.Core.Tests.Formatting;

public sealed class FormatterTests
{
    private static readonly ToolInfo Tool = new("policy", "1.2.3", new Uri("https://git.example/org/repo/blob/abc/docs/rules/"));

    private static ValidationReport Report(params Finding[] findings) => new(findings, 3, 2, RepositoryRules.Catalog);

    private static Finding Error(string file = "policies/a.json", int line = 4, string message = "bad: 100% wrong,\nreally") =>
        new("XR-REF-01", Severity.Error, message, new SourceLocation(file, line, 7, "/system"))
        {
            Related = [new RelatedLocation(new SourceLocation("policies/b.json", 2, 3, "/id"), "the other one")],
        };

    private static string Write(IReportFormatter formatter, ValidationReport report)
    {
        var writer = new StringWriter();
        formatter.Write(report, writer);
        return writer.ToString();
    }

    [Fact]
    public void Findings_come_out_in_file_line_column_rule_order()
    {
        var report = Report(Error("policies/b.json", 1), Error("policies/a.json", 9), Error("policies/a.json", 2));
        Assert.Equal([("policies/a.json", 2), ("policies/a.json", 9), ("policies/b.json", 1)], report.Findings.Select(f => (f.File, f.Line)));
    }

    [Fact]
    public void Text_is_msbuild_form_with_related_places()
    {
        var text = Write(new TextFormatter(), Report(Error()));
        Assert.StartsWith("policies/a.json(4,7): error XR-REF-01: bad: 100% wrong,", text);
        Assert.Contains("    see policies/b.json(2,3): the other one", text);
        Assert.Contains("1 error, 0 warnings, 0 notes in 3 files (2 artefacts checked)", text);
    }

    [Fact]
    public void Sarif_has_rules_regions_related_locations_and_fingerprints()
    {
        using var sarif = JsonDocument.Parse(Write(new SarifFormatter(Tool), Report(Error())));
        var run = sarif.RootElement.GetProperty("runs")[0];
        var rules = run.GetProperty("tool").GetProperty("driver").GetProperty("rules");
        var result = run.GetProperty("results")[0];
        var rule = rules[result.GetProperty("ruleIndex").GetInt32()];
        Assert.Equal("XR-REF-01", rule.GetProperty("id").GetString());
        Assert.Equal("https://git.example/org/repo/blob/abc/docs/rules/XR-REF-01.md", rule.GetProperty("helpUri").GetString());
        Assert.Equal("error", rule.GetProperty("defaultConfiguration").GetProperty("level").GetString());
        Assert.False(string.IsNullOrEmpty(rule.GetProperty("help").GetProperty("text").GetString()));
        var physical = result.GetProperty("locations")[0].GetProperty("physicalLocation");
        Assert.Equal("policies/a.json", physical.GetProperty("artifactLocation").GetProperty("uri").GetString());
        Assert.Equal(4, physical.GetProperty("region").GetProperty("startLine").GetInt32());
        Assert.Equal(7, physical.GetProperty("region").GetProperty("startColumn").GetInt32());
        Assert.Equal("policies/b.json", result.GetProperty("relatedLocations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString());
        Assert.Equal("XR-REF-01|policies/a.json|/system", result.GetProperty("partialFingerprints").GetProperty(SarifFormatter.FingerprintKey).GetString());
        Assert.Equal("The policy repository's root.", run.GetProperty("originalUriBaseIds").GetProperty("%SRCROOT%").GetProperty("description").GetProperty("text").GetString());
        Assert.StartsWith("# XR-REF-01: ", rule.GetProperty("help").GetProperty("markdown").GetString());
    }

    [Fact]
    public void Sarif_tags_are_unique_even_for_the_governance_family()
    {
        using var sarif = JsonDocument.Parse(Write(new SarifFormatter(Tool), Report(Error())));
        var rules = sarif.RootElement.GetProperty("runs")[0].GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray().ToList();
        Assert.All(rules, rule =>
        {
            var tags = rule.GetProperty("properties").GetProperty("tags").EnumerateArray().Select(t => t.GetString()).ToList();
            Assert.Equal(tags.Distinct().Count(), tags.Count);
        });
        var governance = rules.Single(r => r.GetProperty("id").GetString() == "XR-GOV-01");
        Assert.Equal(["governance"], governance.GetProperty("properties").GetProperty("tags").EnumerateArray().Select(t => t.GetString()));
    }

    [Fact]
    public void Sarif_fingerprint_depends_on_neither_the_line_nor_the_message()
    {
        string Print(int line, string message) => JsonDocument.Parse(Write(new SarifFormatter(Tool), Report(Error(line: line, message: message))))
            .RootElement.GetProperty("runs")[0].GetProperty("results")[0].GetProperty("partialFingerprints").GetProperty(SarifFormatter.FingerprintKey).GetString()!;
        Assert.Equal(Print(4, "hash sha256:6304…"), Print(40, "hash sha256:9222…"));
        Assert.NotEqual(Print(4, "x"), JsonDocument.Parse(Write(new SarifFormatter(Tool), Report(Error(file: "policies/c.json")))).RootElement
            .GetProperty("runs")[0].GetProperty("results")[0].GetProperty("partialFingerprints").GetProperty(SarifFormatter.FingerprintKey).GetString());
    }

    [Fact]
    public void GitHub_annotations_escape_and_stop_at_the_per_level_limit()
    {
        var findings = Enumerable.Range(1, 12).Select(i => Error(line: i)).ToArray();
        var lines = Write(new GitHubAnnotationsFormatter(), Report(findings)).Split(Environment.NewLine);
        Assert.Equal(10, lines.Count(l => l.StartsWith("::error ", StringComparison.Ordinal)));
        Assert.Equal("::error file=policies/a.json,line=1,col=7,title=XR-REF-01::bad: 100%25 wrong,%0Areally", lines[0]);
        Assert.Contains(lines, l => l.StartsWith("::notice title=policy::2 more finding(s)", StringComparison.Ordinal));
        Assert.Contains("::group::policy findings", lines);
    }
}
