using Policy.Core.Inventory;
using Policy.Core.Model;
using Policy.Core.Rules;
using Policy.Core.Rules.Approvals;
using Policy.Core.Rules.Dataflows;
using Policy.Core.Rules.Dpia;
using Policy.Core.Rules.Drafts;
using Policy.Core.Rules.Ethics;
using Policy.Core.Rules.Fria;
using Policy.Core.Rules.Governance;
using Policy.Core.Rules.Incidents;
using Policy.Core.Rules.Notices;
using Policy.Core.Rules.Oversight;
using Policy.Core.Rules.References;
using Policy.Core.Rules.SystemCards;

namespace Policy.Core.Validation;

/// <summary>How much of the repository a rule's findings can depend on.</summary>
public enum RuleScope
{
    /// <summary>Anything in the repository (the safe default: counts, totals, lists of every artefact).</summary>
    WholeRepository,

    /// <summary>
    /// Only artefacts within <see cref="RuleScopes.Hops"/> links (`policy diff`'s ArtefactLinks: a value equal to an id or a system) of
    /// the artefact a finding is on, plus the Governance and its Approvals and the taxonomy.
    /// </summary>
    Neighbourhood,
}

/// <summary>
/// The scope of each repository rule, for `policy diff`, which runs the neighbourhood rules only near
/// the change. A rule not listed here is <see cref="RuleScope.WholeRepository"/>: list a rule only
/// after reading it.
/// </summary>
public static class RuleScopes
{
    /// <summary>
    /// The farthest any listed rule reads from the artefact it reports on. The longest chains read are
    /// two links (a SystemCard → the Dpia, notice or flow naming it → that artefact's Approvals, whose
    /// verdict the kernel gives from the target, its other Approvals and the Governance; a flow → its
    /// Dpia → the Dpia's Approvals); the register row (XR-REG-01) goes flow → Dpia it names → Approval,
    /// three. Every lookup is by a value equal to an id or a system (Find, ForSystem, CardOf,
    /// DpiasCovering, NoticesFor, an Approval's target), which is what the links follow; the Governance
    /// is always in the neighbourhood. Three, so a rule that grows one more step stays covered.
    /// </summary>
    public const int Hops = 3;

    /// <summary>
    /// Read and found to judge each artefact from its own content and the artefacts it names or that
    /// name it (and the Governance). Not here: <see cref="UnsignedApprovalsRule"/> (XR-APP-11), which
    /// counts every Approval of the repository.
    /// </summary>
    private static readonly HashSet<Type> Neighbourhood =
    [
        typeof(ReferenceIntegrityRule), // references by id; duplicate ids are linked to each other
        typeof(TaxonomyKeysRule),
        typeof(VersionBumpRule),
        typeof(ChangeSummaryRule), // reads the artefact's own Git history: the diff adds files whose history differs to the change

        // A target, the Approvals naming it (by its id) and the Governance with its Approvals; Approvals sharing an id are
        // linked to each other (the first in file order counts); a stale approval reads the target's own history.
        typeof(ApprovalBindingRule),
        typeof(GovernanceRule), // counts Governance artefacts: every one is in the neighbourhood
        typeof(LegalFloorRule),
        typeof(VoidOverrideRule),
        typeof(DpiaRequiredRule),
        typeof(DpiaCoverageRule),
        typeof(PriorConsultationRule),
        typeof(RiskAssessmentRule),
        typeof(DataSubjectViewsRule),
        typeof(SpecialCategoryBasisRule),
        typeof(RetentionRule),
        typeof(ReviewIntervalRule),
        typeof(CareConsentBasisRule),
        typeof(DpoOpinionRule),
        typeof(ResearchBasisRule),
        typeof(FriaRequiredRule),
        typeof(FriaOversightRule),
        typeof(FullyAutomatedDecisionRule),
        typeof(RecordEntryReviewRule),
        typeof(ReportValidationRule),
        typeof(HighRiskOversightRule),
        typeof(ReplacingRoleInTheLoopRule),
        typeof(SignificantDecisionRecourseRule),
        typeof(FlowDpiaCoverageRule),
        typeof(HealthDataHostingRule),
        typeof(HealthDataStorageCountryRule),
        typeof(TransferMechanismRule),
        typeof(RemoteAccessDisclosureRule),
        typeof(ProcessorContractRule),
        typeof(FlowMinimisationRule),
        typeof(TrainingPurposeRule),
        typeof(FoundationModelFlowRule),
        typeof(SecNumCloudPolicyRule),
        typeof(MedicalDeviceClassificationRule),
        typeof(CeMarkingRule),
        typeof(AnnexIIIClassificationRule),
        typeof(HighRiskDeploymentRule),
        typeof(AdaptiveChangesRule),
        typeof(DeploymentReadinessRule),
        typeof(PerformanceEvidenceRule),
        typeof(DecommissioningRule),
        typeof(EuDatabaseRegistrationRule),
        typeof(WorkerInformationRule),
        typeof(NoticeRequiredRule),
        typeof(NoticeSectionsRule),
        typeof(NoticeLanguagesRule),
        typeof(SeriousIncidentRule),
        typeof(AuthorityReportRule),
        typeof(DataBreachRule),
        typeof(IncidentFollowUpRule),
        typeof(TriggeringIndicatorRule),
        typeof(EthicsAssessmentRequiredRule),
        typeof(EthicsStageRule),
        typeof(EcoResponsibilityEvidenceRule),
        typeof(RegisterCompletenessRule),
        typeof(UnfinishedDraftRule),
    ];

    /// <summary>
    /// The kinds a whole-repository rule reads, when it reads only some (besides the Governance, which every rule
    /// sees): `policy diff` gives it only the artefacts of those kinds outside the neighbourhood.
    /// </summary>
    private static readonly Dictionary<Type, IReadOnlySet<string>> KindsOfWholeRepositoryRules = new()
    {
        [typeof(UnsignedApprovalsRule)] = new HashSet<string>(StringComparer.Ordinal) { ArtefactKinds.Approval, ArtefactKinds.Governance },
    };

    public static RuleScope Of(IRepositoryRule rule) => Neighbourhood.Contains(rule.GetType()) ? RuleScope.Neighbourhood : RuleScope.WholeRepository;

    /// <summary>The kinds of artefact a rule reads; null for every kind (the safe default).</summary>
    public static IReadOnlySet<string>? KindsRead(IRepositoryRule rule) => KindsOfWholeRepositoryRules.GetValueOrDefault(rule.GetType());

    /// <summary>The kinds some rules read together; null when one of them reads every kind.</summary>
    public static IReadOnlySet<string>? KindsRead(IEnumerable<IRepositoryRule> rules)
    {
        var kinds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var rule in rules)
        {
            if (KindsRead(rule) is not { } read)
            {
                return null;
            }

            kinds.UnionWith(read);
        }

        return kinds;
    }
}
