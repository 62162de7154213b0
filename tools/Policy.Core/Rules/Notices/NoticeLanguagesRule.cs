using Policy.Core.Catalog;
using Policy.Core.Findings;
using Policy.Core.Model;

namespace Policy.Core.Rules.Notices;

/// <summary>
/// XR-PN-03: French is present and every language tells patients the same things (the same sections).
/// Sections that XR-PN-02/04/05 require are left to them, so a missing section is reported once.
/// </summary>
public sealed class NoticeLanguagesRule : IRepositoryRule
{
    public static RuleDescriptor Descriptor { get; } = new(
        "XR-PN-03", "notice", Severity.Error,
        "A notice has a French text, and every language in content has the same set of sections.",
        "CNIL/HAS guide; GDPR Art. 12(1)");

    public IReadOnlyList<RuleDescriptor> Descriptors { get; } = [Descriptor];

    public void Check(RuleContext context)
    {
        foreach (var notice in context.Repository.OfKind(ArtefactKinds.PatientNotice))
        {
            var languages = NoticeCoverage.Languages(notice).ToList();
            if (languages.Count == 0)
            {
                continue; // the schema reports a missing or malformed content
            }

            if (languages.All(l => l.Language != "fr"))
            {
                context.Report(
                    Descriptor,
                    notice.At("/content"),
                    $"PatientNotice '{notice.Id}' has no French text (content.fr); patients in France must receive the information in French (CNIL/HAS; GDPR Art. 12(1)). Add content.fr with every section.");
            }

            var leftToOtherRules = NoticeSectionRequirements.For(context.Repository, notice).Select(r => r.Section).ToHashSet(StringComparer.Ordinal);
            var present = languages.ToDictionary(
                l => l.Language,
                l => l.Sections.ValueKind == System.Text.Json.JsonValueKind.Object
                    ? l.Sections.EnumerateObject().Select(p => p.Name).Where(s => NoticeCoverage.HasSection(l.Sections, s)).ToHashSet(StringComparer.Ordinal)
                    : [],
                StringComparer.Ordinal);
            var all = present.Values.SelectMany(s => s).Where(s => !leftToOtherRules.Contains(s)).ToHashSet(StringComparer.Ordinal);
            foreach (var (language, sections) in present)
            {
                var missing = all.Where(s => !sections.Contains(s)).Order(StringComparer.Ordinal).ToList();
                if (missing.Count == 0)
                {
                    continue;
                }

                var example = present.First(p => p.Value.Contains(missing[0])).Key;
                context.Report(
                    Descriptor,
                    notice.At($"/content/{language}"),
                    $"the '{language}' text of PatientNotice '{notice.Id}' lacks {string.Join(", ", missing)}, which other languages have; every patient must be told the same things whatever their language (CNIL/HAS; GDPR Art. 12(1)). Translate the missing section(s) into '{language}'.",
                    new RelatedLocation(notice.At($"/content/{example}/{missing[0]}"), $"'{missing[0]}' in '{example}'"));
            }
        }
    }
}
