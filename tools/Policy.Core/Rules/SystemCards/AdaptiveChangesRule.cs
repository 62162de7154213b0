using Policy.Core.Catalog;
using Policy.Core.Findings;
using Policy.Core.Model;

namespace Policy.Core.Rules.SystemCards;

/// <summary>
/// XR-SC-05: an adaptive system describes its predetermined changes. Changes outside them need new
/// approvals, which hash-bound approvals already enforce (editing the card invalidates its approval).
/// </summary>
public sealed class AdaptiveChangesRule : IRepositoryRule
{
    public static RuleDescriptor Descriptor { get; } = new(
        "XR-SC-05", "systemcard", Severity.Error,
        "An adaptive system describes its predetermined changes; any other change needs the SystemCard, Dpia and HumanOversight approved again.",
        "AI Act Annex IV 2(f), Art. 13(3)(c)");

    public IReadOnlyList<RuleDescriptor> Descriptors { get; } = [Descriptor];

    public void Check(RuleContext context)
    {
        foreach (var card in context.Repository.OfKind(ArtefactKinds.SystemCard))
        {
            if (card.Root.String("adaptivity") == "adaptive" && string.IsNullOrWhiteSpace(card.Root.String("predeterminedChanges")))
            {
                context.Report(
                    Descriptor,
                    card.At("/predeterminedChanges"),
                    $"'{card.Id}' keeps learning in use (adaptivity \"adaptive\") but does not describe its predetermined changes (AI Act Annex IV 2(f), Art. 13(3)(c)). Describe in predeterminedChanges which changes the vendor has planned and assessed, and their limits; any other change needs new approvals.",
                    new RelatedLocation(card.At("/adaptivity"), "declared adaptive"));
            }
        }
    }
}
