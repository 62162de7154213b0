using Policy.Core.Catalog;
using Policy.Core.Findings;

namespace Policy.Core.Rules.Oversight;

/// <summary>XR-HO-02: output that enters the medical record is reviewed by a professional before entry.</summary>
public sealed class RecordEntryReviewRule : CardFlagOversightRule
{
    public static RuleDescriptor Rule { get; } = new(
        "XR-HO-02", OversightFamily.Name, Severity.Error,
        "When a system's output enters the medical record (outputsToMedicalRecord), its HumanOversight requires review before entry (recordEntryReview.required true, timing before-entry).",
        "CNIL/HAS guide (review before entry in the record); Code de la santé publique L4001-3");

    public override RuleDescriptor Descriptor => Rule;

    protected override string CardFlag => "outputsToMedicalRecord";

    protected override string Block => "recordEntryReview";

    protected override IReadOnlyList<(string Field, string Expected)> Requirements { get; } = [("required", "true"), ("timing", "before-entry")];

    protected override string Why => "The CNIL/HAS guide and Code de la santé publique L4001-3 require a professional to review AI output before it enters the patient's record.";
}
