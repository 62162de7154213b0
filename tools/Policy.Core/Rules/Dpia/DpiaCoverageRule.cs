using System.Globalization;
using System.Text;
using Policy.Core.Catalog;
using Policy.Core.Findings;
using Policy.Core.Model;

namespace Policy.Core.Rules.Dpia;

/// <summary>
/// XR-DPIA-03: a Dpia assesses everything its systems process and everyone who receives it. Its
/// <c>dataCategories</c> cover (a declared parent covers its children) every category the covered
/// SystemCards and the active DataFlows it answers for declare, and its <c>recipients</c> name every
/// outbound or bidirectional DataFlow destination (by destination name or operator, ignoring case, accents and spacing).
/// </summary>
public sealed class DpiaCoverageRule : IRepositoryRule
{
    public static RuleDescriptor Descriptor { get; } = new(
        "XR-DPIA-03", "dpia", Severity.Error,
        "A Dpia's dataCategories cover every category its systems and their data flows declare, and its recipients include every data-flow destination.",
        "GDPR Art. 35(7)(a); CNIL PIA question 121");

    public IReadOnlyList<RuleDescriptor> Descriptors { get; } = [Descriptor];

    public void Check(RuleContext context)
    {
        foreach (var dpia in context.Repository.OfKind(ArtefactKinds.Dpia))
        {
            CheckCategories(context, dpia);
            CheckRecipients(context, dpia);
        }
    }

    private static void CheckCategories(RuleContext context, Artefact dpia)
    {
        var taxonomy = context.Repository.Taxonomy;
        var declared = dpia.Root.Items("dataCategories").Select(c => c.String("category")).OfType<string>().ToList();
        var uses = new List<(string Category, Artefact Where, string Pointer)>();
        foreach (var card in DpiaFacts.CoveredCards(context.Repository, dpia))
        {
            uses.AddRange(card.Root.Strings("dataCategoriesProcessed").Select(c => (c.Value, card, $"/dataCategoriesProcessed/{c.Index}")));
        }

        foreach (var flow in DpiaFacts.ActiveFlows(context.Repository, dpia))
        {
            uses.AddRange(flow.Root.Strings("dataCategories").Select(c => (c.Value, flow, $"/dataCategories/{c.Index}")));
        }

        foreach (var missing in uses.Where(u => !taxonomy.CategoriesCover(declared, u.Category)).GroupBy(u => u.Category, StringComparer.Ordinal))
        {
            var where = string.Join(", ", missing.Select(m => $"{m.Where.Kind} '{m.Where.Id}'").Distinct(StringComparer.Ordinal));
            context.Report(
                Descriptor,
                dpia.At("/dataCategories"),
                $"Dpia '{dpia.Id}' does not assess data category '{missing.Key}', declared by {where} (GDPR Art. 35(7)(a): the assessment describes all the data processed). Add a dataCategories entry for '{missing.Key}' (or a parent key) with its justification, or remove the category from the system.",
                missing.Select(m => new RelatedLocation(m.Where.At(m.Pointer), $"{m.Where.Kind} '{m.Where.Id}' declares '{missing.Key}'")).ToArray());
        }
    }

    private static void CheckRecipients(RuleContext context, Artefact dpia)
    {
        var recipients = dpia.Root.Items("recipients").Select(r => r.String("name")).OfType<string>().Select(Normalise).ToHashSet(StringComparer.Ordinal);
        // An inbound flow brings data back from its destination: the destination sends, it does not receive.
        foreach (var flow in DpiaFacts.ActiveFlows(context.Repository, dpia).Where(f => f.Root.String("direction") != "inbound"))
        {
            var name = flow.Root.String("destination", "name");
            var operatorName = flow.Root.String("destination", "operator");
            if (name is null || recipients.Contains(Normalise(name)) || (operatorName is not null && recipients.Contains(Normalise(operatorName))))
            {
                continue;
            }

            context.Report(
                Descriptor,
                dpia.At("/recipients"),
                $"Dpia '{dpia.Id}' does not list '{name}', the destination of DataFlow '{flow.Id}', among its recipients (GDPR Art. 35(7)(a), CNIL PIA 121). Add a recipients entry named '{name}' with its type.",
                new RelatedLocation(flow.At("/destination/name"), $"destination of DataFlow '{flow.Id}'"));
        }
    }

    /// <summary>Compares names as people write them: case, accents and runs of spaces do not matter.</summary>
    private static string Normalise(string name)
    {
        var letters = Decomposed(name).Where(c => CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark);
        return string.Join(' ', new string(letters.ToArray()).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToUpperInvariant();
    }

    /// <summary>Accents as separate marks; a name with a noncharacter (U+FFFF), which normalisation refuses, as written.</summary>
    private static string Decomposed(string name)
    {
        try
        {
            return name.Normalize(NormalizationForm.FormD);
        }
        catch (ArgumentException)
        {
            return name;
        }
    }
}
