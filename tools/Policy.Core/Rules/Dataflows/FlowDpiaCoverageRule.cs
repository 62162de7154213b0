using Policy.Core.Catalog;
using Policy.Core.Findings;
using Policy.Core.Model;

namespace Policy.Core.Rules.Dataflows;

/// <summary>
/// XR-DF-01: a flow carrying special categories names an approved Dpia that lists every category the
/// flow carries. A <c>dpia</c> that names no Dpia is XR-REF-01's finding.
/// </summary>
public sealed class FlowDpiaCoverageRule : IRepositoryRule
{
    public static RuleDescriptor Descriptor { get; } = new(
        "XR-DF-01", DataFlowFacts.Family, Severity.Error,
        "A DataFlow carrying health data or other special categories names an approved Dpia (dpia) whose dataCategories cover every category of the flow.",
        "GDPR Art. 35(1), 35(7)(a); CNIL deliberation 2018-327; docs/format.md (Approved)");

    public IReadOnlyList<RuleDescriptor> Descriptors { get; } = [Descriptor];

    public void Check(RuleContext context)
    {
        var taxonomy = context.Repository.Taxonomy;
        foreach (var flow in DataFlowFacts.ActiveFlows(context.Repository))
        {
            var special = DataFlowFacts.Categories(flow).Where(c => taxonomy.IsSpecialCategory(c.Value)).Select(c => c.Value).ToList();
            if (special.Count == 0)
            {
                continue;
            }

            if (flow.Root.String("dpia") is not { } dpiaId)
            {
                context.Report(
                    Descriptor,
                    flow.At("/dpia"),
                    $"this flow carries special-category data ({string.Join(", ", special)}) but names no Dpia; GDPR Art. 35 requires an impact assessment for it. Set dpia to the id of an approved Dpia whose dataCategories list these categories.");
                continue;
            }

            if (context.Repository.Find(dpiaId, ArtefactKinds.Dpia) is not { } dpia)
            {
                continue;
            }

            if (!context.Approvals.IsApproved(dpia))
            {
                var why = context.Approvals.StatusOf(dpia)?.Problems.FirstOrDefault(p => p.VoidsApproval)?.Message
                    ?? $"record an Approval bound to its current hash (`policy hash {dpia.File}`).";
                context.Report(
                    Descriptor,
                    flow.At("/dpia"),
                    $"this flow of special-category data relies on Dpia '{dpiaId}', which is not approved: {why} GDPR Art. 35 requires the impact assessment before the processing; have '{dpiaId}' approved, or name an approved Dpia.",
                    new RelatedLocation(dpia.At(string.Empty), $"Dpia '{dpiaId}'"));
            }

            var declared = dpia.Root.Items("dataCategories").Select(c => c.String("category")).OfType<string>().ToList();
            foreach (var (index, category) in DataFlowFacts.Categories(flow).Where(c => !taxonomy.CategoriesCover(declared, c.Value)))
            {
                context.Report(
                    Descriptor,
                    flow.At($"/dataCategories/{index}"),
                    $"this flow carries '{category}', which Dpia '{dpiaId}' does not assess (GDPR Art. 35(7)(a): the assessment describes the data processed). Add '{category}' to the Dpia's dataCategories with its justification, or stop sending it.",
                    new RelatedLocation(dpia.At("/dataCategories"), $"categories assessed by Dpia '{dpiaId}'"));
            }
        }
    }
}
