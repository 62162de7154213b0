using Policy.Core.Catalog;
using Policy.Core.Findings;
using Policy.Core.Model;
using Policy.Core.Rules;

namespace Policy.Core.Inventory;

/// <summary>
/// XR-REG-01: every SystemCard yields a complete register row (the CNIL/HAS mapping of AI systems). Each gap names
/// what to create or approve. Gaps whose root cause a more specific rule already reports (XR-DPIA-01/02,
/// XR-PN-01, XR-SC-04, XR-APP-*) are left to that rule, so one problem gives one finding.
/// </summary>
public sealed class RegisterCompletenessRule : IRepositoryRule
{
    public static RuleDescriptor Descriptor { get; } = new(
        "XR-REG-01", "register", Severity.Error,
        "Every SystemCard yields a complete register row: every column is derived from the card and approved artefacts; a missing column names the artefact to create or approve.",
        "CNIL/HAS guide (mapping of AI systems)");

    public IReadOnlyList<RuleDescriptor> Descriptors { get; } = [Descriptor];

    public void Check(RuleContext context)
    {
        var builder = new RegisterRowBuilder(context.Repository, context.Approvals, context.Today);
        foreach (var row in builder.BuildAll())
        {
            foreach (var gap in row.Gaps.Where(g => g.CoveredBy is null))
            {
                context.Report(
                    Descriptor,
                    gap.At,
                    $"register row of '{row.SystemId}' is incomplete: column '{gap.Column}': {gap.Problem} (CNIL/HAS mapping of AI systems). {gap.Action}",
                    gap.Related.ToArray());
            }
        }
    }
}
