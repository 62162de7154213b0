using System.Text.Json;
using Policy.Core.Model;

namespace Policy.Core.Rules.Notices;

/// <summary>Which PatientNotices inform about which systems, and whether a notice is being given today.</summary>
public static class NoticeCoverage
{
    /// <summary>The data subjects a patient notice informs (people in the care relationship, GDPR Art. 13/14).</summary>
    public static IReadOnlySet<string> InformedSubjects { get; } = new HashSet<string>(StringComparer.Ordinal) { "patient", "next-of-kin", "caller" };

    /// <summary>Notices whose <c>systems</c> lists this system, with the pointer of the entry.</summary>
    public static IEnumerable<(Artefact Notice, string Pointer)> NoticesListing(PolicyRepository repository, string systemId) =>
        repository.Index.NoticeEntriesListing(systemId).Select(entry => (entry.Notice, $"/systems/{entry.Index}"));

    /// <summary>The SystemCards a notice lists (those that exist).</summary>
    public static IEnumerable<Artefact> ListedSystems(PolicyRepository repository, Artefact notice) =>
        notice.Root.Strings("systems").Select(s => repository.Find(s.Value, ArtefactKinds.SystemCard)).OfType<Artefact>().Distinct();

    /// <summary>True when the notice is given today: effectiveFrom ≤ today ≤ effectiveUntil (inclusive last day).</summary>
    public static bool IsCurrent(Artefact notice, DateTime today) =>
        notice.Root.Date("effectiveFrom") is { } from && from <= today
        && (notice.Root.Date("effectiveUntil") is not { } until || until >= today);

    /// <summary>The languages of <c>content</c> with their sections object.</summary>
    public static IEnumerable<(string Language, JsonElement Sections)> Languages(Artefact notice) =>
        notice.Root.Path("content") is { ValueKind: JsonValueKind.Object } content
            ? content.EnumerateObject().Select(p => (p.Name, p.Value))
            : [];

    public static bool HasSection(JsonElement sections, string name) =>
        sections.Path(name) is { } value && value.ValueKind switch
        {
            JsonValueKind.String => !string.IsNullOrWhiteSpace(value.GetString()),
            JsonValueKind.Object => value.EnumerateObject().Any(),
            _ => false,
        };

    /// <summary>True if the system's data subjects include people a patient notice informs.</summary>
    public static bool ProcessesPatientData(Artefact systemCard) =>
        systemCard.Root.Strings("dataSubjects").Any(s => InformedSubjects.Contains(s.Value));
}
