namespace Policy.Core.Publishing.Notices;

/// <summary>
/// What a patient reads, in one language: the notice's own sections (Markdown, as written) and the facts the other
/// artefacts give (who is responsible, what data, where it goes, reuse, contact) as plain lines.
/// </summary>
public sealed record NoticeDocument(string Lang, string Title, string NoticeId, bool Approved, IReadOnlyList<NoticeSection> Sections);

/// <param name="Markdown">The notice's text for this section, if it has one.</param>
/// <param name="Facts">Plain-text lines drawn from the card, flows and DPIA (rendered as a list, never as Markdown).</param>
public sealed record NoticeSection(string Id, string Heading, string? Markdown, IReadOnlyList<string> Facts);
