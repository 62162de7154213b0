using Policy.Core.Rules.Approvals;
using Policy.Core.Rules.Dpia;
using Policy.Core.Rules.Fria;
using Policy.Core.Rules.Governance;
using Policy.Core.Rules.References;

namespace Policy.Core.Rules;

/// <summary>The repository rules `policy validate` runs, and the catalogue of every rule id the tool can report.</summary>
public static class RepositoryRules
{
    public static IReadOnlyList<IRepositoryRule> All { get; } =
    [
        new ReferenceIntegrityRule(),
        new TaxonomyKeysRule(),
        new VersionBumpRule(),
        new ApprovalBindingRule(),
        new GovernanceRule(),
        new DpiaRequiredRule(),
        new DpiaCoverageRule(),
        new PriorConsultationRule(),
        new RiskAssessmentRule(),
        new DataSubjectViewsRule(),
        new SpecialCategoryBasisRule(),
        new RetentionRule(),
        new ReviewIntervalRule(),
        new CareConsentBasisRule(),
        new FriaRequiredRule(),
        new FriaOversightRule(),
    ];

    public static RuleCatalog Catalog { get; } = CatalogOf(All);

    public static RuleCatalog CatalogOf(IEnumerable<IRepositoryRule> rules) =>
        new(InputRules.All.Concat(ToolRules.All).Concat(rules.SelectMany(r => r.Descriptors)));
}
