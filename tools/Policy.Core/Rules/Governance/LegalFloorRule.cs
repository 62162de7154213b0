using Policy.Core.Catalog;
using Policy.Core.Findings;
using Policy.Core.Model;
using Policy.Core.Rules.Configuration;

namespace Policy.Core.Rules.Governance;

/// <summary>
/// XR-GOV-03: the law is a floor. A Governance <c>policies</c> value may tighten a legal threshold but
/// not relax it, and may not move a date of application; <see cref="RulesConfiguration"/> refuses such a
/// value (the legal one applies) and this rule says so where it is written. Reported whether or not the
/// Governance is approved: an approval would not make the value apply either.
/// </summary>
public sealed class LegalFloorRule : IRepositoryRule
{
    public static RuleDescriptor Descriptor { get; } = new(
        "XR-GOV-03", "governance", Severity.Error,
        "A Governance policies value may tighten a legal threshold (longer log retention, shorter reporting deadlines) but never relax it, nor move a date of application; such a value is not applied, the legal value is.",
        "AI Act Art. 19(1), 26(6), 73(2)-(4), 113; GDPR Art. 33(1), 35(11), 36(1); Code de la santé publique L1111-8");

    public IReadOnlyList<RuleDescriptor> Descriptors { get; } = [Descriptor];

    public void Check(RuleContext context)
    {
        if (context.Repository.Governance is not { } governance)
        {
            return;
        }

        foreach (var refused in RulesConfiguration.From(governance.Root.Property("policies")).Refused)
        {
            var key = refused.Pointer["/policies/".Length..].Replace('/', '.');
            context.Report(Descriptor, governance.At(refused.Pointer), Message(key, refused));
        }
    }

    private static string Message(string key, RefusedPolicy refused) => refused.Bound switch
    {
        LegalBound.Fixed =>
            $"policies.{key} is {refused.Given}, but this date is law, not an organisation's choice ({refused.Source}). It is not applied: {refused.Legal} is. A change of the law reaches the rules as a new version of the tool's rules-config.json; remove {key} from the Governance.",
        LegalBound.Floor when refused.Given.StartsWith('[') =>
            $"policies.{key} is {refused.Given}, which leaves out values the law includes ({refused.Source}). Governance may only add to them, so the list that applies is {refused.Legal}: the legal values with the organisation's additions. Add the missing values, or remove {key} to use the legal list.",
        LegalBound.Floor =>
            $"policies.{key} is {refused.Given}, below the legal minimum {refused.Legal} ({refused.Source}). Governance may only tighten the law, so it is not applied: {refused.Legal} is. Set a value at least as strict, or remove {key} to use the legal one.",
        _ =>
            $"policies.{key} is {refused.Given}, beyond the legal maximum {refused.Legal} ({refused.Source}). Governance may only tighten the law, so it is not applied: {refused.Legal} is. Set a value at least as strict, or remove {key} to use the legal one.",
    };
}
