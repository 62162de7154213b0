using System.Text.Json;
using Policy.Core.Catalog;
using Policy.Core.Findings;
using Policy.Core.Model;

namespace Policy.Core.Rules.Dpia;

/// <summary>
/// XR-DPIA-10 (the project's own rule, from the CNIL/HAS guide): processing for care that names
/// consent (Art. 6(1)(a) <c>consent</c> or 9(2)(a) <c>explicit-consent</c>) as its GDPR basis gets a
/// note: care rests on 9(2)(h), with 6(1)(e) or 6(1)(c), and the patient's consent to care is a
/// medical duty, not the GDPR basis. At a public hospital (Governance <c>organisation.publicBody</c>) it
/// is a warning: the EDPB holds that a public authority can rarely rely on consent, given the imbalance
/// of power (Guidelines 05/2020, §3.1.1). Checked on a Dpia's main basis (when a care purpose uses it),
/// each care purpose's own basis, and a care DataFlow's basis. Research on consent stays quiet.
/// </summary>
public sealed class CareConsentBasisRule : IRepositoryRule
{
    private const string Care = "care";

    public static RuleDescriptor Descriptor { get; } = new(
        "XR-DPIA-10", "dpia", Severity.Note,
        "Care processing that names consent as its GDPR lawful basis is reminded that care rests on Art. 9(2)(h), and that consent to care is not the GDPR basis; at a public hospital this is a warning.",
        "GDPR Art. 6(1)(e), 7(4), 9(2)(h); EDPB Guidelines 05/2020 on consent (public authorities); CNIL/HAS guide on AI in care");

    public IReadOnlyList<RuleDescriptor> Descriptors { get; } = [Descriptor];

    public void Check(RuleContext context)
    {
        var taxonomy = context.Repository.Taxonomy;
        var publicBody = OrganisationFacts.PublicBody(context.Repository);
        bool IsCare(string? use) => use is not null && taxonomy.PurposeCovers(Care, use);

        foreach (var dpia in context.Repository.OfKind(ArtefactKinds.Dpia))
        {
            var purposes = dpia.Root.Items("purposes").ToList();
            var careOnMainBasis = purposes.Where(p => p.Property("lawfulBasis") is null && IsCare(p.String("dataUse"))).Select(p => p.String("dataUse")!).ToList();
            if (careOnMainBasis.Count > 0 && dpia.Root.Property("lawfulBasis") is { } main)
            {
                Check(context, dpia, "/lawfulBasis", main, careOnMainBasis[0], publicBody);
            }

            for (var index = 0; index < purposes.Count; index++)
            {
                if (purposes[index].Property("lawfulBasis") is { } own && IsCare(purposes[index].String("dataUse")))
                {
                    Check(context, dpia, $"/purposes/{index}/lawfulBasis", own, purposes[index].String("dataUse")!, publicBody);
                }
            }
        }

        foreach (var flow in context.Repository.OfKind(ArtefactKinds.DataFlow))
        {
            if (IsCare(flow.Root.String("purpose")) && flow.Root.Property("lawfulBasis") is { } basis)
            {
                Check(context, flow, "/lawfulBasis", basis, flow.Root.String("purpose")!, publicBody);
            }
        }
    }

    private static void Check(RuleContext context, Artefact artefact, string pointer, JsonElement basis, string purpose, RelatedLocation? publicBody)
    {
        var art6Consent = basis.String("art6") == "consent";
        var art9Consent = basis.String("art9") == "explicit-consent";
        if (!art6Consent && !art9Consent)
        {
            return;
        }

        var named = art6Consent && art9Consent ? "consent (Art. 6(1)(a)) and explicit consent (Art. 9(2)(a))" : art6Consent ? "consent (Art. 6(1)(a))" : "explicit consent (Art. 9(2)(a))";
        var at = artefact.At(pointer + (art9Consent ? "/art9" : "/art6"));
        var message = $"{artefact.Kind} '{artefact.Id}' names {named} as the GDPR basis for care purpose '{purpose}'. Processing for care normally rests on Art. 9(2)(h) ('care-9-2-h', under professional secrecy) with Art. 6(1)(e) public task for a public hospital (or 6(1)(c) legal obligation); the patient's consent to care (Code de la santé publique L1111-4) is a medical duty, not the GDPR lawful basis, and a GDPR consent would have to be freely withdrawable without affecting care (CNIL/HAS guide on AI in care; CNIL guidance on health data). Keep consent for purposes that truly depend on it, such as some research.";
        if (publicBody is null)
        {
            context.Report(Descriptor, at, message);
            return;
        }

        context.Report(
            Descriptor,
            Severity.Warning,
            at,
            message + " The organisation is a public body, and a public authority can rarely rely on consent, because patients cannot refuse it freely (GDPR Art. 7(4); EDPB Guidelines 05/2020 on consent, public authorities): choose the care basis.",
            publicBody);
    }
}
