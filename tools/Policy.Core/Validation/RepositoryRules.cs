using Policy.Core.Catalog;
using Policy.Core.Inventory;
using Policy.Core.Rules;
using Policy.Core.Rules.Approvals;
using Policy.Core.Rules.Dpia;
using Policy.Core.Rules.Drafts;
using Policy.Core.Rules.Ethics;
using Policy.Core.Rules.Fria;
using Policy.Core.Rules.Governance;
using Policy.Core.Rules.Dataflows;
using Policy.Core.Rules.Oversight;
using Policy.Core.Rules.Incidents;
using Policy.Core.Rules.Notices;
using Policy.Core.Rules.References;
using Policy.Core.Rules.SystemCards;

namespace Policy.Core.Validation;

/// <summary>The repository rules `policy validate` runs, and the catalogue of every rule id the tool can report.</summary>
public static class RepositoryRules
{
    public static IReadOnlyList<IRepositoryRule> All { get; } =
    [
        new ReferenceIntegrityRule(),
        new TaxonomyKeysRule(),
        new VersionBumpRule(),
        new ChangeSummaryRule(),
        new ApprovalBindingRule(),
        new UnsignedApprovalsRule(),
        new GovernanceRule(),
        new LegalFloorRule(),
        new VoidOverrideRule(),
        new DpiaRequiredRule(),
        new DpiaCoverageRule(),
        new PriorConsultationRule(),
        new RiskAssessmentRule(),
        new DataSubjectViewsRule(),
        new SpecialCategoryBasisRule(),
        new RetentionRule(),
        new ReviewIntervalRule(),
        new CareConsentBasisRule(),
        new DpoOpinionRule(),
        new ResearchBasisRule(),
        new FriaRequiredRule(),
        new FriaOversightRule(),
        new FullyAutomatedDecisionRule(),
        new RecordEntryReviewRule(),
        new ReportValidationRule(),
        new HighRiskOversightRule(),
        new ReplacingRoleInTheLoopRule(),
        new SignificantDecisionRecourseRule(),
        new FlowDpiaCoverageRule(),
        new HealthDataHostingRule(),
        new HealthDataStorageCountryRule(),
        new TransferMechanismRule(),
        new RemoteAccessDisclosureRule(),
        new ProcessorContractRule(),
        new FlowMinimisationRule(),
        new TrainingPurposeRule(),
        new FoundationModelFlowRule(),
        new SecNumCloudPolicyRule(),
        new MedicalDeviceClassificationRule(),
        new CeMarkingRule(),
        new AnnexIIIClassificationRule(),
        new HighRiskDeploymentRule(),
        new AdaptiveChangesRule(),
        new DeploymentReadinessRule(),
        new PerformanceEvidenceRule(),
        new DecommissioningRule(),
        new EuDatabaseRegistrationRule(),
        new WorkerInformationRule(),
        new NoticeRequiredRule(),
        new NoticeSectionsRule(),
        new NoticeLanguagesRule(),
        new SeriousIncidentRule(),
        new AuthorityReportRule(),
        new DataBreachRule(),
        new IncidentFollowUpRule(),
        new TriggeringIndicatorRule(),
        new EthicsAssessmentRequiredRule(),
        new EthicsStageRule(),
        new EcoResponsibilityEvidenceRule(),
        new RegisterCompletenessRule(),
        new UnfinishedDraftRule(),
    ];

    public static RuleCatalog Catalog { get; } = CatalogOf(All);

    public static RuleCatalog CatalogOf(IEnumerable<IRepositoryRule> rules) =>
        new(InputRules.All.Concat(ToolRules.All).Concat(ReleaseRules.All).Concat(rules.SelectMany(r => r.Descriptors)));
}
