using Policy.Core.Catalog;
using Policy.Core.Findings;
using Policy.Core.Validation;

namespace Policy.Core.Tests.Validation;

public sealed class OneRootCauseTests
{
    private static Finding At(string rule, string pointer, string? subject = null) =>
        new(rule, Severity.Error, rule + " message", new SourceLocation("policies/a.json", 1, 1, pointer)) { SubjectPointer = subject };

    private static IReadOnlyList<string> Kept(params Finding[] findings) =>
        OneRootCause.Apply(findings, RepositoryRules.Catalog).Select(f => f.Rule + " " + f.Pointer).ToList();

    [Fact]
    public void Schema_error_on_the_value_a_rule_reports_is_dropped() =>
        Assert.Equal(["XR-DPIA-05 /risks"], Kept(At("SCHEMA-01", "/risks"), At("XR-DPIA-05", "/risks")));

    [Fact]
    public void Missing_property_is_dropped_when_a_rule_reports_that_property() =>
        Assert.Equal(["XR-HO-03 /reportValidation/validatorMustHaveParticipated"], Kept(
            At("SCHEMA-01", "/reportValidation", "/reportValidation/validatorMustHaveParticipated"),
            At("XR-HO-03", "/reportValidation/validatorMustHaveParticipated")));

    [Fact]
    public void A_rule_about_the_whole_artefact_explains_no_schema_error() =>
        Assert.Equal(2, Kept(At("SCHEMA-01", "", "/vendor"), At("XR-APP-01", "")).Count);

    [Fact]
    public void A_stale_approval_at_the_changed_value_does_not_explain_its_wrong_type() =>
        Assert.Equal(2, Kept(At("SCHEMA-01", "/outputsToMedicalRecord"), At("XR-APP-01", "/outputsToMedicalRecord")).Count);

    [Fact]
    public void Schema_error_elsewhere_in_the_file_is_kept() =>
        Assert.Equal(2, Kept(At("SCHEMA-01", "/channels/3/type"), At("XR-PN-03", "/content/en")).Count);

    [Fact]
    public void Schema_error_in_another_file_is_kept()
    {
        var other = At("XR-DPIA-05", "/risks") with { Location = new SourceLocation("policies/b.json", 1, 1, "/risks") };
        Assert.Equal(2, Kept(At("SCHEMA-01", "/risks"), other).Count);
    }

    [Fact]
    public void Missing_property_is_dropped_when_a_rule_beside_it_names_it_as_its_subject() =>
        Assert.Equal(["XR-DF-04 /destination/country"], Kept(
            At("SCHEMA-01", "", "/transfer"),
            At("XR-DF-04", "/destination/country", "/transfer")));

    [Fact]
    public void A_rule_beside_another_missing_property_explains_only_its_own() =>
        Assert.Equal(2, Kept(At("SCHEMA-01", "", "/processorContractRef"), At("XR-DF-04", "/destination/country", "/transfer")).Count);

    [Fact]
    public void Governance_content_rules_explain_the_schema_error_on_their_value() =>
        Assert.Equal(["XR-GOV-04 /severityOverrides/0/justification"], Kept(
            At("SCHEMA-01", "/severityOverrides/0/justification"),
            At("XR-GOV-04", "/severityOverrides/0/justification")));

    [Fact]
    public void The_governance_approval_gate_explains_no_schema_error() =>
        Assert.Equal(2, Kept(At("SCHEMA-01", "/kind"), At("XR-GOV-02", "/kind")).Count);

    [Fact]
    public void Whether_a_rule_explains_content_is_what_its_descriptor_says_not_its_id()
    {
        // The same id, once declared as a content rule and once not: only the descriptor decides.
        RuleDescriptor Rule(bool explains) => new("XR-DPIA-05", "dpia", Severity.Error, "test", "docs/format.md") { ExplainsContent = explains };
        Finding[] findings = [At("SCHEMA-01", "/risks"), At("XR-DPIA-05", "/risks")];
        Assert.Single(OneRootCause.Apply(findings, new RuleCatalog([InputRules.SchemaViolation, Rule(explains: true)])));
        Assert.Equal(2, OneRootCause.Apply(findings, new RuleCatalog([InputRules.SchemaViolation, Rule(explains: false)])).Count());
    }

    [Fact]
    public void Legal_rules_explain_content_and_input_tool_approval_reference_and_gate_rules_do_not()
    {
        var catalog = RepositoryRules.Catalog;
        Assert.All(["XR-DPIA-05", "XR-DF-04", "XR-HO-01", "XR-GOV-03", "XR-GOV-04", "XR-REG-01"], id => Assert.True(catalog[id].ExplainsContent, id));
        Assert.All(["SCHEMA-01", "JSON-01", "TOOL-01", "XR-APP-01", "XR-APP-04", "XR-REF-01", "XR-REF-03", "XR-GOV-01", "XR-GOV-02"], id => Assert.False(catalog[id].ExplainsContent, id));
    }

    [Fact]
    public void A_finding_of_a_rule_outside_the_catalogue_explains_nothing() =>
        Assert.Equal(2, OneRootCause.Apply([At("SCHEMA-01", "/risks"), At("XR-TEST-09", "/risks")], RepositoryRules.Catalog).Count());
}
