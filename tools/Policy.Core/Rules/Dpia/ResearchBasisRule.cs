using System.Text.Json;
using Policy.Core.Catalog;
using Policy.Core.Findings;
using Policy.Core.Model;

namespace Policy.Core.Rules.Dpia;

/// <summary>
/// XR-DPIA-12: research (and statistics) on health data needs a basis of its own, not the care
/// condition of Art. 9(2)(h): either Art. 9(2)(j) with the safeguards of Art. 89(1), which in France
/// means a CNIL reference methodology (MR-001 to MR-006, such as MR-004) or a CNIL authorisation
/// (Loi Informatique et Libertés art. 66), cited in the purpose's or the main <c>nationalLaw</c> and recognised by the configured
/// <c>researchFrameworkMarkers</c>; or explicit consent (Art. 9(2)(a)). A research purpose without a
/// basis of its own falls under the Dpia's main one. Another Art. 9(2) condition (a law of public
/// interest, public health) is a warning for the DPO to confirm. Only Dpias with special-category data.
/// </summary>
public sealed class ResearchBasisRule : IRepositoryRule
{
    private const string ResearchCondition = "research-9-2-j";
    private const string ExplicitConsent = "explicit-consent";

    public static RuleDescriptor Descriptor { get; } = new(
        "XR-DPIA-12", "dpia", Severity.Error,
        "A research or statistics purpose on health data has its own lawful basis, never the care condition 9(2)(h): Art. 9(2)(j) citing its framework (a CNIL reference methodology such as MR-004, or a CNIL authorisation), or explicit consent.",
        "GDPR Art. 9(2)(j), 89(1); Loi Informatique et Libertés art. 66; CNIL reference methodologies (MR-004)");

    public IReadOnlyList<RuleDescriptor> Descriptors { get; } = [Descriptor];

    public void Check(RuleContext context)
    {
        var taxonomy = context.Repository.Taxonomy;
        var markers = context.Settings.Policies.ResearchFrameworkMarkers;
        foreach (var dpia in context.Repository.OfKind(ArtefactKinds.Dpia))
        {
            var special = dpia.Root.Items("dataCategories").Any(c => c.String("category") is { } key && taxonomy.IsSpecialCategory(key));
            if (!special)
            {
                continue;
            }

            foreach (var (pointer, purpose) in JsonSelect.Select(dpia.Root, "/purposes/*"))
            {
                if (!SecondaryUse.IsResearch(taxonomy, purpose.String("dataUse")))
                {
                    continue;
                }

                var own = purpose.Property("lawfulBasis") is { ValueKind: JsonValueKind.Object } ownBasis ? ownBasis : (JsonElement?)null;
                var basis = own ?? dpia.Root.Property("lawfulBasis");
                var basisPointer = own is null ? "/lawfulBasis" : pointer + "/lawfulBasis";
                var name = $"Purpose '{purpose.String("id") ?? pointer}' ({purpose.String("dataUse")})";
                var frameworkCited = NationalLaw.Cites(basis, markers) || NationalLaw.Cites(dpia.Root.Property("lawfulBasis"), markers);
                Check(context, dpia, pointer, basisPointer, own is not null, basis, name, frameworkCited, markers);
            }
        }
    }

    private static void Check(RuleContext context, Artefact dpia, string purposePointer, string basisPointer, bool ownBasis, JsonElement? basis, string name, bool frameworkCited, IReadOnlyList<string> markers)
    {
        var art9 = basis?.String("art9");
        if (art9 is null or ExplicitConsent)
        {
            return; // without an Art. 9(2) condition XR-DPIA-07 reports; explicit consent is a basis of its own
        }

        var onBasis = new RelatedLocation(dpia.At(basisPointer + "/art9"), $"the basis it rests on");
        if (art9 == ResearchCondition)
        {
            if (!frameworkCited)
            {
                context.Report(
                    Descriptor,
                    dpia.At(basisPointer + "/nationalLaw"),
                    $"{name} of Dpia '{dpia.Id}' relies on Art. 9(2)(j) but cites no research framework. Art. 9(2)(j) holds only with the safeguards of Art. 89(1), which in France means following a CNIL reference methodology (MR-001 to MR-006, such as MR-004 for research on data already collected) or holding a CNIL authorisation (Loi Informatique et Libertés art. 66). Add it to lawfulBasis.nationalLaw, for example 'CNIL méthodologie de référence MR-004' (recognised by: {string.Join(", ", markers)}).");
            }

            return;
        }

        if (art9 == SpecialCategoryBasisRule.CareCondition)
        {
            context.Report(
                Descriptor,
                ownBasis ? dpia.At(basisPointer + "/art9") : dpia.At(purposePointer),
                $"{name} of Dpia '{dpia.Id}' {(ownBasis ? "rests" : "has no lawful basis of its own, so it rests")} on the care condition of Art. 9(2)(h), which covers care, not research. Research on health data needs its own basis: Art. 9(2)(j) with the Art. 89(1) safeguards (in France a CNIL reference methodology such as MR-004, or a CNIL authorisation), or the patient's explicit consent (Art. 9(2)(a)). Give this purpose its own lawfulBasis {{ art6, art9: research-9-2-j, nationalLaw }}.",
                ownBasis ? [] : [onBasis]);
            return;
        }

        context.Report(
            Descriptor,
            Severity.Warning,
            dpia.At(basisPointer + "/art9"),
            $"{name} of Dpia '{dpia.Id}' rests on '{art9}', not on the research condition Art. 9(2)(j) or on explicit consent. A law of public interest or a public-health task may allow it, but research on health data normally rests on 9(2)(j) with the Art. 89(1) safeguards (in France a CNIL reference methodology or authorisation). Have the DPO confirm the basis and record the law relied on in nationalLaw, or choose research-9-2-j.",
            onBasis);
    }

}
