using System.Text.Json;
using Policy.Core.Catalog;
using Policy.Core.Findings;
using Policy.Core.Model;

namespace Policy.Core.Rules.References;

/// <summary>XR-REF-02: every data category, purpose and data-subject key exists in the shared taxonomy.</summary>
public sealed class TaxonomyKeysRule : IRepositoryRule
{
    public static RuleDescriptor Descriptor { get; } = new(
        "XR-REF-02", "references", Severity.Error,
        "Every data category, purpose and data-subject key exists in the shared taxonomy (schemas/taxonomy.json).",
        "docs/format.md (Data categories, purposes and data subjects); FIDES taxonomy");

    private enum KeyKind
    {
        Category,
        Purpose,
        Subject,
    }

    private static readonly (string Kind, string Pattern, KeyKind Key)[] Fields =
    [
        (ArtefactKinds.SystemCard, "/dataCategoriesProcessed/*", KeyKind.Category),
        (ArtefactKinds.SystemCard, "/dataSubjects/*", KeyKind.Subject),
        (ArtefactKinds.DataFlow, "/dataCategories/*", KeyKind.Category),
        (ArtefactKinds.DataFlow, "/dataSubjects/*", KeyKind.Subject),
        (ArtefactKinds.DataFlow, "/purpose", KeyKind.Purpose),
        (ArtefactKinds.Dpia, "/dataCategories/*/category", KeyKind.Category),
        (ArtefactKinds.Dpia, "/retention/*/category", KeyKind.Category),
        (ArtefactKinds.Dpia, "/recipients/*/categories/*", KeyKind.Category),
        (ArtefactKinds.Dpia, "/dataSubjects/*/category", KeyKind.Subject),
        (ArtefactKinds.Dpia, "/purposes/*/dataUse", KeyKind.Purpose),
    ];

    public IReadOnlyList<RuleDescriptor> Descriptors { get; } = [Descriptor];

    public void Check(RuleContext context)
    {
        var taxonomy = context.Repository.Taxonomy;
        foreach (var artefact in context.Repository.Artefacts)
        {
            foreach (var field in Fields.Where(f => f.Kind == artefact.Kind))
            {
                foreach (var (pointer, value) in JsonSelect.Select(artefact.Root, field.Pattern))
                {
                    if (value.ValueKind != JsonValueKind.String)
                    {
                        continue;
                    }

                    var key = value.GetString()!;
                    var (known, name, all) = field.Key switch
                    {
                        KeyKind.Category => (taxonomy.IsCategory(key), "data category", taxonomy.Categories),
                        KeyKind.Purpose => (taxonomy.IsPurpose(key), "purpose", taxonomy.Purposes),
                        _ => (taxonomy.IsSubject(key), "data subject", taxonomy.Subjects),
                    };
                    if (!known)
                    {
                        context.Report(Descriptor, artefact.At(pointer), $"'{key}' is not a {name} of the shared taxonomy{Suggest(key, all)}; use a key from schemas/taxonomy.json or add it there.");
                    }
                }
            }
        }
    }

    private static string Suggest(string key, IReadOnlyCollection<string> known)
    {
        var close = known.Where(k => k.StartsWith(key.Split('.')[0] + ".", StringComparison.Ordinal) || k == key.Split('.')[0]).OrderBy(k => k, StringComparer.Ordinal).Take(12).ToList();
        return close.Count > 0 ? $" (known keys here: {string.Join(", ", close)})" : string.Empty;
    }
}
