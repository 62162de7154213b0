using System.Text.Json;
using Policy.Core.Catalog;
using Policy.Core.Findings;
using Policy.Core.Model;

namespace Policy.Core.Rules.Dpia;

/// <summary>
/// XR-DPIA-07: special-category data needs an Art. 9(2) condition in the main lawful basis and in
/// every purpose's own basis; and the care condition 9(2)(h) holds only under professional secrecy
/// (Art. 9(3)). The Dpia shows that secrecy by citing it in <c>lawfulBasis.nationalLaw</c> (the main
/// basis or the purpose's own), recognised by the configured <c>professionalSecrecyMarkers</c>. A research
/// purpose on 9(2)(h) is XR-DPIA-12's finding (care is the wrong basis there), so secrecy is not asked of it.
/// </summary>
public sealed class SpecialCategoryBasisRule : IRepositoryRule
{
    public const string CareCondition = "care-9-2-h";

    public static RuleDescriptor Descriptor { get; } = new(
        "XR-DPIA-07", "dpia", Severity.Error,
        "A Dpia processing special-category data names an Art. 9(2) condition; the care condition 9(2)(h) cites the professional secrecy it rests on.",
        "GDPR Art. 9(2)(h), 9(3); Code de la santé publique L1110-4");

    public IReadOnlyList<RuleDescriptor> Descriptors { get; } = [Descriptor];

    public void Check(RuleContext context)
    {
        var taxonomy = context.Repository.Taxonomy;
        var markers = context.Settings.Policies.ProfessionalSecrecyMarkers;
        foreach (var dpia in context.Repository.OfKind(ArtefactKinds.Dpia))
        {
            var special = JsonSelect.Select(dpia.Root, "/dataCategories/*/category")
                .Where(c => c.Value.ValueKind == JsonValueKind.String && taxonomy.IsSpecialCategory(c.Value.GetString()!))
                .ToList();
            var mainBasis = dpia.Root.Property("lawfulBasis");
            var mainCitesSecrecy = NationalLaw.Cites(mainBasis, markers);
            var bases = new List<(string Pointer, JsonElement Basis, string Label, bool Research)>();
            if (mainBasis is { } main)
            {
                bases.Add(("/lawfulBasis", main, "the main lawfulBasis", false));
            }

            var index = 0;
            foreach (var purpose in dpia.Root.Items("purposes"))
            {
                if (purpose.Property("lawfulBasis") is { } own)
                {
                    bases.Add(($"/purposes/{index}/lawfulBasis", own, $"purpose '{purpose.String("id") ?? "#" + index}'", SecondaryUse.IsResearch(taxonomy, purpose.String("dataUse"))));
                }

                index++;
            }

            foreach (var (pointer, basis, label, research) in bases)
            {
                var art9 = basis.String("art9");
                if (special.Count > 0 && art9 is null)
                {
                    var category = special[0].Value.GetString();
                    context.Report(
                        Descriptor,
                        dpia.At(pointer),
                        $"Dpia '{dpia.Id}' processes special-category data ('{category}'), but {label} names no Art. 9(2) condition (GDPR Art. 9(1) prohibits processing health data unless one applies). Add art9, for care usually '{CareCondition}' (9(2)(h)).",
                        new RelatedLocation(dpia.At(special[0].Pointer), "special-category data"));
                }
                else if (art9 == CareCondition && !research && !mainCitesSecrecy && !NationalLaw.Cites(basis, markers))
                {
                    context.Report(
                        Descriptor,
                        dpia.At(pointer + "/art9"),
                        $"{Capitalise(label)} of Dpia '{dpia.Id}' relies on 9(2)(h) (care) but cites no professional secrecy: GDPR Art. 9(3) requires that the data be processed by or under the responsibility of a professional bound by secrecy. Add to lawfulBasis.nationalLaw the text that binds the people involved, for example 'Code de la santé publique, art. L1110-4 (medical secrecy)' (recognised by: {string.Join(", ", markers)}).");
                }
            }
        }
    }

    private static string Capitalise(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
