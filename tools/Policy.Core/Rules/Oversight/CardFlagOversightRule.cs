using System.Text.Json;
using Policy.Core.Catalog;
using Policy.Core.Findings;
using Policy.Core.Model;

namespace Policy.Core.Rules.Oversight;

/// <summary>
/// The shape XR-HO-02 and XR-HO-03 share: a SystemCard flag (output enters the record, drafts reports)
/// requires a block of the system's HumanOversight whose fields hold given values. Findings sit on the
/// HumanOversight, or on the card's flag when the system has no HumanOversight at all.
/// </summary>
public abstract class CardFlagOversightRule : IRepositoryRule
{
    public abstract RuleDescriptor Descriptor { get; }

    public IReadOnlyList<RuleDescriptor> Descriptors => [Descriptor];

    /// <summary>The boolean SystemCard property that triggers the requirement.</summary>
    protected abstract string CardFlag { get; }

    /// <summary>The HumanOversight block that must be present.</summary>
    protected abstract string Block { get; }

    /// <summary>Fields of the block and the value each must hold.</summary>
    protected abstract IReadOnlyList<(string Field, string Expected)> Requirements { get; }

    /// <summary>What the law asks, for the messages ("AI output must be reviewed before it enters the record").</summary>
    protected abstract string Why { get; }

    public void Check(RuleContext context)
    {
        foreach (var card in context.Repository.OfKind(ArtefactKinds.SystemCard).Where(c => c.Root.Bool(CardFlag) == true))
        {
            var onCard = new RelatedLocation(card.At("/" + CardFlag), $"SystemCard '{card.Id}' sets {CardFlag}");
            var oversights = context.Repository.OfSystem(ArtefactKinds.HumanOversight, card.Id).ToList();
            if (oversights.Count == 0)
            {
                context.Report(
                    Descriptor,
                    card.At("/" + CardFlag),
                    $"system '{card.Id}' sets {CardFlag}, but no HumanOversight has system '{card.Id}'. {Why} Add a HumanOversight for '{card.Id}' with {Expectation()}.");
                continue;
            }

            foreach (var oversight in oversights)
            {
                Check(context, oversight, onCard, card.Id);
            }
        }
    }

    private void Check(RuleContext context, Artefact oversight, RelatedLocation onCard, string system)
    {
        if (oversight.Root.Property(Block) is not { ValueKind: JsonValueKind.Object } block)
        {
            context.Report(
                Descriptor,
                oversight.At("/" + Block),
                $"system '{system}' sets {CardFlag}, but this HumanOversight has no {Block}. {Why} Add {Expectation()}.",
                onCard);
            return;
        }

        foreach (var (field, expected) in Requirements)
        {
            var value = block.Property(field);
            if (!Holds(value, expected))
            {
                var actual = value?.GetRawText() ?? "missing";
                context.Report(
                    Descriptor,
                    oversight.At($"/{Block}/{field}"),
                    $"{Block}.{field} is {actual}, but system '{system}' sets {CardFlag}. {Why} Set {Block}.{field} to {expected}.",
                    onCard);
            }
        }
    }

    /// <summary>"true" means the JSON boolean true; any other expectation is a string value.</summary>
    private static bool Holds(JsonElement? value, string expected) =>
        expected == "true"
            ? value?.ValueKind == JsonValueKind.True
            : value is { ValueKind: JsonValueKind.String } text && text.GetString() == expected;

    private string Expectation() => $"{Block} {{ {string.Join(", ", Requirements.Select(r => $"{r.Field}: {r.Expected}"))} }}";
}
