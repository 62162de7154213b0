using System.Text.Json;
using Policy.Core.Model;

namespace Policy.Core.Rules;

/// <summary>
/// The artefacts that speak about one AI system, looked up the way the cross-document rules need them:
/// its card, its documents of a kind, the Dpias that cover it and the patient notices that list it.
/// </summary>
public static class SystemArtefacts
{
    public static Artefact? CardOf(this PolicyRepository repository, string? systemId) =>
        systemId is null ? null : repository.Find(systemId, ArtefactKinds.SystemCard);

    /// <summary>The artefacts of a kind whose <c>system</c> is this system.</summary>
    public static IEnumerable<Artefact> OfSystem(this PolicyRepository repository, string kind, string systemId) =>
        repository.ForSystem(systemId).Where(a => a.Kind == kind);

    /// <summary>Dpias whose <c>scope.systems</c> include the system, or whose <c>system</c> is it.</summary>
    public static IEnumerable<Artefact> DpiasCovering(this PolicyRepository repository, string systemId) =>
        repository.Index.DpiasCovering(systemId);

    /// <summary>PatientNotices whose <c>systems</c> list the system, or whose <c>system</c> is it.</summary>
    public static IEnumerable<Artefact> NoticesFor(this PolicyRepository repository, string systemId) =>
        repository.Index.NoticesFor(systemId);

    /// <summary>
    /// The languages of a notice's <c>content</c> that lack a section (absent, empty text or not an object
    /// or text), each with the pointer of that language's sections.
    /// </summary>
    public static IEnumerable<(string Language, string Pointer)> LanguagesWithout(Artefact notice, string section)
    {
        foreach (var (pointer, sections) in JsonSelect.Select(notice.Root, "/content/*"))
        {
            var present = sections.Property(section) switch
            {
                { ValueKind: JsonValueKind.String } text => !string.IsNullOrWhiteSpace(text.GetString()),
                { ValueKind: JsonValueKind.Object } block => block.EnumerateObject().Any(),
                _ => false,
            };
            if (!present)
            {
                yield return (pointer["/content/".Length..], pointer);
            }
        }
    }

    /// <summary>True when the system's card lists a GDPR Art. 9 special category among the data it processes.</summary>
    public static bool ProcessesSpecialCategories(this PolicyRepository repository, Artefact? card) =>
        card is not null && card.Root.Strings("dataCategoriesProcessed").Any(c => repository.Taxonomy.IsSpecialCategory(c.Value));
}
