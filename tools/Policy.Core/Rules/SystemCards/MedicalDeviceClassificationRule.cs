using Policy.Core.Catalog;
using Policy.Core.Findings;
using Policy.Core.Model;

namespace Policy.Core.Rules.SystemCards;

/// <summary>
/// XR-SC-01: a medical device whose class needs a notified body is high-risk under AI Act Art. 6(1),
/// on the Annex I basis of its regulation. The class list is configuration (notifiedBodyClasses).
/// </summary>
public sealed class MedicalDeviceClassificationRule : IRepositoryRule
{
    public static RuleDescriptor Descriptor { get; } = new(
        "XR-SC-01", "systemcard", Severity.Error,
        "A medical device whose class needs a notified body is classified high-risk on the Annex I basis of its regulation (annex-i-mdr or annex-i-ivdr).",
        "AI Act Art. 6(1) and Annex I section A; MDR Art. 52, IVDR Art. 48");

    public IReadOnlyList<RuleDescriptor> Descriptors { get; } = [Descriptor];

    public void Check(RuleContext context)
    {
        foreach (var card in context.Repository.OfKind(ArtefactKinds.SystemCard))
        {
            var device = card.Root.Path("medicalDevice");
            if (device?.Bool("isDevice") != true || device.Value.String("regulation") is not { } regulation || device.Value.String("class") is not { } deviceClass)
            {
                continue;
            }

            if (!context.Settings.Policies.NotifiedBodyClasses(regulation).Contains(deviceClass))
            {
                continue;
            }

            var expectedBasis = "annex-i-" + regulation.ToLowerInvariant();
            var riskClass = card.Root.String("aiAct", "riskClass");
            var basis = card.Root.String("aiAct", "basis");
            var related = new RelatedLocation(card.At("/medicalDevice/class"), $"{regulation} class {deviceClass}");
            if (riskClass != "high-risk")
            {
                context.Report(
                    Descriptor,
                    card.At("/aiAct/riskClass"),
                    $"'{card.Id}' is a {regulation} class {deviceClass} device, a class that needs a notified body, so it is high-risk under AI Act Art. 6(1) and Annex I; it is classified '{riskClass ?? "(none)"}'. Set aiAct.riskClass to \"high-risk\" and aiAct.basis to \"{expectedBasis}\", or correct the device class.",
                    related);
            }
            else if (basis != expectedBasis)
            {
                context.Report(
                    Descriptor,
                    card.At("/aiAct/basis"),
                    $"'{card.Id}' is high-risk because it is a {regulation} class {deviceClass} device (AI Act Art. 6(1), Annex I), but aiAct.basis is '{basis ?? "(none)"}'. Set aiAct.basis to \"{expectedBasis}\".",
                    related);
            }
        }
    }
}
