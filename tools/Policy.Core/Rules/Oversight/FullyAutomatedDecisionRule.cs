using Policy.Core.Catalog;
using Policy.Core.Findings;
using Policy.Core.Model;

namespace Policy.Core.Rules.Oversight;

/// <summary>
/// XR-HO-01: a decision in mode <c>none</c> (fully automated) with a significant effect needs a GDPR
/// Art. 22(2) exception; when the system processes special categories such as health data, Art. 22(4)
/// narrows it to explicit consent or a law under Art. 9(2)(g), which the covering Dpia must record.
/// </summary>
public sealed class FullyAutomatedDecisionRule : IRepositoryRule
{
    /// <summary>The Art. 9(2) conditions Art. 22(4) accepts for automated decisions on special categories: (a) and (g).</summary>
    private static readonly string[] Art22_4Conditions = ["explicit-consent", "public-interest-9-2-g"];

    public static RuleDescriptor Descriptor { get; } = new(
        "XR-HO-01", OversightFamily.Name, Severity.Error,
        "A fully automated decision (mode none) with a significant effect needs a GDPR Art. 22(2) exception; on health data only explicit consent or a law under Art. 9(2)(g) will do.",
        "GDPR Art. 22(1), 22(2), 22(4)");

    public IReadOnlyList<RuleDescriptor> Descriptors { get; } = [Descriptor];

    public void Check(RuleContext context)
    {
        var repository = context.Repository;
        foreach (var oversight in repository.OfKind(ArtefactKinds.HumanOversight))
        {
            var card = repository.CardOf(oversight.System);
            foreach (var (pointer, decision) in JsonSelect.Select(oversight.Root, "/decisions/*"))
            {
                if (decision.String("mode") != "none" || decision.Bool("significantEffect") != true)
                {
                    continue;
                }

                var name = decision.String("id") ?? pointer;
                var exception = decision.String("art22Exception");
                if (exception is null)
                {
                    // On the mode, which makes art22Exception required: the schema's "missing art22Exception" is the same root cause.
                    context.ReportMissing(
                        Descriptor,
                        oversight.At(pointer + "/mode"),
                        pointer + "/art22Exception",
                        $"decision '{name}' is fully automated (mode none) and has a significant effect on the patient, which GDPR Art. 22(1) forbids without an Art. 22(2) exception. Put a professional in the loop (mode in-the-loop, on-the-loop or in-command) or record the exception in art22Exception.");
                }
                else if (repository.ProcessesSpecialCategories(card))
                {
                    CheckSpecialCategories(context, oversight, card!, pointer, name, exception);
                }
            }
        }
    }

    private static void CheckSpecialCategories(RuleContext context, Artefact oversight, Artefact card, string pointer, string name, string exception)
    {
        var onCard = new RelatedLocation(card.At("/dataCategoriesProcessed"), $"system '{card.Id}' processes special-category (health) data");
        if (exception == "contract")
        {
            context.Report(
                Descriptor,
                oversight.At(pointer + "/art22Exception"),
                $"decision '{name}' is fully automated on health data under the 'contract' exception, which GDPR Art. 22(4) does not allow for special categories: only explicit consent (Art. 9(2)(a)) or a law of substantial public interest (Art. 9(2)(g)) with suitable measures. Put a professional in the loop, or rely on explicit-consent or union-or-member-state-law and record that condition in the Dpia.",
                onCard);
            return;
        }

        var dpias = context.Repository.DpiasCovering(card.Id).ToList();
        var recorded = dpias.Any(d =>
            Art22_4Conditions.Contains(d.Root.String("lawfulBasis", "art9"))
            || d.Root.Items("purposes").Any(p => Art22_4Conditions.Contains(p.String("lawfulBasis", "art9"))));
        if (!recorded)
        {
            context.Report(
                Descriptor,
                oversight.At(pointer + "/art22Exception"),
                $"decision '{name}' is fully automated on health data under '{exception}', but no Dpia covering '{card.Id}' records the Art. 9(2) condition GDPR Art. 22(4) requires (explicit-consent or public-interest-9-2-g, with suitable measures). Record it in the Dpia's lawfulBasis.art9 (or in the purpose's own lawfulBasis), or put a professional in the loop.",
                [onCard, .. dpias.Select(d => new RelatedLocation(d.At("/lawfulBasis"), $"lawful basis of Dpia '{d.Id}'"))]);
        }
    }
}
