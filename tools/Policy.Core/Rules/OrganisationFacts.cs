using Policy.Core.Findings;
using Policy.Core.Model;

namespace Policy.Core.Rules;

/// <summary>
/// What the Governance artefact says about the organisation (<c>organisation.*</c> yes/no answers),
/// read as the place a finding cites: public body (FRIA, EU database, consent), public service,
/// acting on behalf of a public authority. Read whether or not the Governance is approved: these are
/// facts about the organisation, not settings.
/// </summary>
public static class OrganisationFacts
{
    /// <summary>Where Governance says <c>organisation.<paramref name="field"/></c> is true, with <paramref name="meaning"/>; null when it does not.</summary>
    public static RelatedLocation? Says(PolicyRepository repository, string field, string meaning) =>
        repository.Governance is { } governance && governance.Root.Bool("organisation", field) == true
            ? new RelatedLocation(governance.At("/organisation/" + field), meaning)
            : null;

    public static RelatedLocation? PublicBody(PolicyRepository repository) =>
        Says(repository, "publicBody", "the organisation is a public body");
}
