using Policy.Core.Catalog;
using Policy.Core.Findings;
using Policy.Core.Model;

namespace Policy.Core.Rules.Dpia;

/// <summary>
/// XR-DPIA-05: the three base privacy risks of the CNIL method are assessed, and every risk names
/// measures that the Dpia declares and carries residual gauges. The Dpia schema also requires the
/// three kinds; this rule adds that each measure reference resolves to a <c>measures[].id</c>.
/// </summary>
public sealed class RiskAssessmentRule : IRepositoryRule
{
    public static RuleDescriptor Descriptor { get; } = new(
        "XR-DPIA-05", "dpia", Severity.Error,
        "A Dpia assesses the three base risks (illegitimate access, unwanted modification, disappearance), each with measures it declares and residual gauges.",
        "CNIL PIA method, part 3 (risks)");

    private static readonly string[] BaseKinds = ["illegitimate-access", "unwanted-modification", "disappearance"];

    public IReadOnlyList<RuleDescriptor> Descriptors { get; } = [Descriptor];

    public void Check(RuleContext context)
    {
        foreach (var dpia in context.Repository.OfKind(ArtefactKinds.Dpia))
        {
            var risks = dpia.Root.Items("risks").ToList();
            var kinds = risks.Select(r => r.String("kind")).OfType<string>().ToHashSet(StringComparer.Ordinal);
            foreach (var kind in BaseKinds.Where(k => !kinds.Contains(k)))
            {
                context.Report(
                    Descriptor,
                    dpia.At("/risks"),
                    $"Dpia '{dpia.Id}' does not assess the base risk '{kind}' (CNIL PIA method: illegitimate access, unwanted modification and disappearance of data are always assessed). Add a risks entry of kind '{kind}' with impacts, threats, sources, measures and residual gauges.");
            }

            var measures = dpia.Root.Items("measures").Select(m => m.String("id")).OfType<string>().ToHashSet(StringComparer.Ordinal);
            for (var index = 0; index < risks.Count; index++)
            {
                CheckRisk(context, dpia, risks[index], index, measures);
            }
        }
    }

    private static void CheckRisk(RuleContext context, Artefact dpia, System.Text.Json.JsonElement risk, int index, IReadOnlySet<string> measures)
    {
        var name = risk.String("id") ?? risk.String("kind") ?? $"#{index}";
        var references = risk.Strings("measures").ToList();
        if (references.Count == 0)
        {
            context.Report(
                Descriptor,
                dpia.At($"/risks/{index}"),
                $"Risk '{name}' of Dpia '{dpia.Id}' names no measure (CNIL PIA method: each risk is treated by measures). List in its measures the ids of the measures that reduce it.");
        }

        foreach (var (measureIndex, measure) in references.Where(r => !measures.Contains(r.Value)))
        {
            context.Report(
                Descriptor,
                dpia.At($"/risks/{index}/measures/{measureIndex}"),
                $"Risk '{name}' of Dpia '{dpia.Id}' refers to measure '{measure}', which the Dpia's measures do not declare. Add a measures entry with id '{measure}' or correct the reference.",
                new RelatedLocation(dpia.At("/measures"), "the declared measures"));
        }

        if (risk.Number("residual", "severity") is null || risk.Number("residual", "likelihood") is null)
        {
            context.Report(
                Descriptor,
                dpia.At($"/risks/{index}"),
                $"Risk '{name}' of Dpia '{dpia.Id}' has no residual severity and likelihood (CNIL PIA gauges 1-4, assessed with the measures in place). Add residual {{ severity, likelihood }}.");
        }
    }
}
