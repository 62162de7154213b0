using Policy.Core.Catalog;
using Policy.Core.Findings;

namespace Policy.Core.Rules.Oversight;

/// <summary>XR-HO-03: an AI-drafted clinical report is validated by a professional who took part in the consultation.</summary>
public sealed class ReportValidationRule : CardFlagOversightRule
{
    public static RuleDescriptor Rule { get; } = new(
        "XR-HO-03", OversightFamily.Name, Severity.Error,
        "When a system drafts clinical reports (generatesClinicalReports), its HumanOversight requires validation by a professional who took part in the consultation (reportValidation.required and validatorMustHaveParticipated true).",
        "CNIL/HAS guide (validation of AI-drafted reports)");

    public override RuleDescriptor Descriptor => Rule;

    protected override string CardFlag => "generatesClinicalReports";

    protected override string Block => "reportValidation";

    protected override IReadOnlyList<(string Field, string Expected)> Requirements { get; } = [("required", "true"), ("validatorMustHaveParticipated", "true")];

    protected override string Why => "The CNIL/HAS guide requires every AI-drafted report to be validated by a professional who took part in the consultation.";
}
