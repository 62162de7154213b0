using Policy.Core.Catalog;
using Policy.Core.Findings;
using Policy.Core.Model;

namespace Policy.Core.Rules.Governance;

/// <summary>
/// XR-GOV-04: a severity override whose justification is empty or blank is void. It is not applied
/// (<see cref="SeverityOverrideEntries"/> keeps it apart), every report lists it as not applied, and
/// this finding sits on the entry. Reported whether or not the Governance is approved.
/// </summary>
public sealed class VoidOverrideRule : IRepositoryRule
{
    public static RuleDescriptor Descriptor { get; } = new(
        "XR-GOV-04", "governance", Severity.Error,
        "A severity override without a justification (empty or blank) is void: it is not applied, and every report says so.",
        "GDPR Art. 5(2), 24(1) (accountability: the controller shows why it decided); docs/format.md (Governance)");

    public IReadOnlyList<RuleDescriptor> Descriptors { get; } = [Descriptor];

    public void Check(RuleContext context)
    {
        if (context.Repository.Governance is not { } governance)
        {
            return;
        }

        foreach (var change in SeverityOverrideEntries.Read(governance).Void)
        {
            // At the justification, or where it is missing from: the same place the schema reports it, so one finding remains.
            var severity = change.Severity?.ToName() ?? "off";
            context.Report(
                Descriptor,
                governance.At(change.DeclaredAt.Pointer + "/justification"),
                $"the severity override of {change.Rule} to {severity} has no justification, so it is void: it is NOT applied and {change.Rule} keeps its own severity. A change of a rule's severity is a committee decision that readers must be able to check; write who decided, when and why in justification (at least 20 characters), or remove the override.");
        }
    }
}
