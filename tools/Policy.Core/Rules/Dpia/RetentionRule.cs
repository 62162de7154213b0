using Policy.Core.Catalog;
using Policy.Core.Findings;
using Policy.Core.Model;

namespace Policy.Core.Rules.Dpia;

/// <summary>
/// XR-DPIA-08: every category a Dpia processes has a retention period. A retention entry on a parent
/// key (<c>health.record</c>) covers its children.
/// </summary>
public sealed class RetentionRule : IRepositoryRule
{
    public static RuleDescriptor Descriptor { get; } = new(
        "XR-DPIA-08", "dpia", Severity.Warning,
        "Every data category a Dpia processes has a retention entry.",
        "GDPR Art. 5(1)(e); CNIL PIA question 215");

    public IReadOnlyList<RuleDescriptor> Descriptors { get; } = [Descriptor];

    public void Check(RuleContext context)
    {
        var taxonomy = context.Repository.Taxonomy;
        foreach (var dpia in context.Repository.OfKind(ArtefactKinds.Dpia))
        {
            var retained = dpia.Root.Items("retention").Select(r => r.String("category")).OfType<string>().ToList();
            var index = 0;
            foreach (var entry in dpia.Root.Items("dataCategories"))
            {
                if (entry.String("category") is { } category && !taxonomy.CategoriesCover(retained, category))
                {
                    context.Report(
                        Descriptor,
                        dpia.At($"/dataCategories/{index}/category"),
                        $"Dpia '{dpia.Id}' processes '{category}' but gives no retention period for it (GDPR Art. 5(1)(e): data is kept no longer than necessary). Add a retention entry for '{category}' (or a parent key) with its duration and justification.",
                        new RelatedLocation(dpia.At("/retention"), "the retention periods"));
                }

                index++;
            }
        }
    }
}
