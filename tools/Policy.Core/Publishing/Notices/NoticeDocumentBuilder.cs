using System.Text.Json;
using Policy.Core.Model;
using Policy.Core.Rules;
using Policy.Core.Rules.Approvals;
using Policy.Core.Rules.Notices;

namespace Policy.Core.Publishing.Notices;

/// <summary>
/// Builds the notice a patient reads for one system and language: the PatientNotice's sections in a fixed order,
/// completed with facts from the SystemCard (the system, its data), the DataFlows (where data goes, hosting) and
/// the covering DPIAs (declared reuse). Reads the model only; rendering is the renderers' job.
/// </summary>
public sealed class NoticeDocumentBuilder(PolicyRepository repository, ApprovalStatusIndex approvals, DateTime today)
{
    /// <summary>The notice for this system: the approved, current one if there is one, else the first that lists it.</summary>
    public Artefact? NoticeFor(string systemId)
    {
        var notices = NoticeCoverage.NoticesListing(repository, systemId).Select(n => n.Notice).Distinct().ToList();
        return notices.FirstOrDefault(n => approvals.IsApproved(n) && NoticeCoverage.IsCurrent(n, today)) ?? notices.FirstOrDefault();
    }

    public static IReadOnlyList<string> LanguagesOf(Artefact notice) => NoticeCoverage.Languages(notice).Select(l => l.Language).ToList();

    /// <returns>Null when the notice has no text in this language.</returns>
    public NoticeDocument? Build(Artefact notice, Artefact card, string lang)
    {
        if (NoticeCoverage.Languages(notice).Where(l => l.Language == lang).Select(l => (JsonElement?)l.Sections).FirstOrDefault() is not { } text)
        {
            return null;
        }

        var words = new NoticeVocabulary(lang);
        var flows = repository.ForSystem(card.Id).Where(a => a.Kind == ArtefactKinds.DataFlow && a.Root.Bool("active") != false).ToList();
        var sections = new List<NoticeSection>();
        void Add(string id, params string[] facts) => Section(sections, words, text, id, facts);

        Add("aiUse");
        Add("directInteraction");
        Add(
            "responsible",
            $"{words["system"]}: {card.Root.String("title")} ({words["vendor"]} {card.Root.String("vendor", "name")})",
            $"{words["controller"]}: {notice.Root.String("controller", "name")}, {notice.Root.String("controller", "contact")}",
            $"{words["dpo"]}: {notice.Root.String("dpoContact", "name")}, {notice.Root.String("dpoContact", "contact")}");
        Add("purposesAndBases");
        Add("data", card.Root.Strings("dataCategoriesProcessed").Select(c => words.Category(c.Value)).ToArray());
        Add("recipients", flows.Select(f => Destination(f, words)).ToArray());
        Add("transfers");
        Add("retention");
        Add("secondaryUse", ReusePurposes(card, words));
        Add("automatedDecision");
        Add("explanationRight");
        Add("rights");
        Add("complaint");
        Add("contact", $"{words["questions"]}: {notice.Root.String("contact")}");
        return new NoticeDocument(lang, notice.Root.String("title") ?? notice.Id, notice.Id, approvals.IsApproved(notice), sections);
    }

    private static void Section(List<NoticeSection> sections, NoticeVocabulary words, JsonElement text, string id, string[] facts)
    {
        var markdown = id == "secondaryUse" ? SecondaryUseText(text, words) : text.String(id);
        var kept = facts.Where(f => !string.IsNullOrWhiteSpace(f)).ToList();
        if (markdown is not null || kept.Count > 0)
        {
            sections.Add(new NoticeSection(id, words[id], markdown, kept));
        }
    }

    /// <summary>The secondaryUse section is three fields; each becomes a labelled paragraph.</summary>
    private static string? SecondaryUseText(JsonElement text, NoticeVocabulary words)
    {
        if (text.Property("secondaryUse") is not { ValueKind: JsonValueKind.Object } reuse)
        {
            return null;
        }

        var parts = new[] { ("reuseDescription", "description"), ("object", "objectOrOptOut"), ("howTo", "howTo") }
            .Where(p => reuse.String(p.Item2) is not null)
            .Select(p => $"**{words[p.Item1]}.** {reuse.String(p.Item2)}");
        return string.Join("\n\n", parts);
    }

    private static string Destination(Artefact flow, NoticeVocabulary words)
    {
        var countries = flow.Root.Strings("destination", "storageCountries").Select(c => c.Value).DefaultIfEmpty(flow.Root.String("destination", "country") ?? "?");
        var certification = flow.Root.String("destination", "hostingCertification", "type");
        return $"{flow.Root.String("destination", "name")} ({flow.Root.String("destination", "operator")}), {words["hostedIn"]} {string.Join(", ", countries)}"
            + (certification is null ? string.Empty : $", {words["certification"]} {certification}");
    }

    private string[] ReusePurposes(Artefact card, NoticeVocabulary words)
    {
        var purposes = repository.Index.DpiasCovering(card.Id)
            .SelectMany(d => d.Root.Items("purposes"))
            .Where(p => SecondaryUse.IsSecondary(repository.Taxonomy, p.String("dataUse")))
            .Select(p => p.String("description"))
            .OfType<string>()
            .ToList();
        return purposes.Count == 0 ? [] : [$"{words["reusePurposes"]}: {string.Join(" ; ", purposes)}"];
    }
}
