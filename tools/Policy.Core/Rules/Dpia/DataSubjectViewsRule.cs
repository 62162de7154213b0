using Policy.Core.Catalog;
using Policy.Core.Findings;
using Policy.Core.Model;

namespace Policy.Core.Rules.Dpia;

/// <summary>XR-DPIA-06: when the views of data subjects were not sought, the Dpia says why (GDPR Art. 35(9)).</summary>
public sealed class DataSubjectViewsRule : IRepositoryRule
{
    public static RuleDescriptor Descriptor { get; } = new(
        "XR-DPIA-06", "dpia", Severity.Error,
        "A Dpia that did not seek the views of data subjects justifies why (dataSubjectViews.notSoughtJustification).",
        "GDPR Art. 35(9); CNIL PIA (concerned people's opinion)");

    public IReadOnlyList<RuleDescriptor> Descriptors { get; } = [Descriptor];

    public void Check(RuleContext context)
    {
        foreach (var dpia in context.Repository.OfKind(ArtefactKinds.Dpia))
        {
            if (dpia.Root.Bool("dataSubjectViews", "sought") == false
                && string.IsNullOrWhiteSpace(dpia.Root.String("dataSubjectViews", "notSoughtJustification")))
            {
                context.Report(
                    Descriptor,
                    dpia.At("/dataSubjectViews/sought"),
                    $"Dpia '{dpia.Id}' did not seek the views of data subjects or their representatives and does not say why (GDPR Art. 35(9): seek them where appropriate). Seek them (for example through the users' committee, CDU) and summarise them, or add dataSubjectViews.notSoughtJustification.");
            }
        }
    }
}
