using System.Collections.Concurrent;
using Policy.Core.Catalog;
using Policy.Core.Findings;
using Policy.Core.History;
using Policy.Core.Model;
using Policy.Core.Rules.Approvals;

namespace Policy.Core.Rules;

/// <summary>What a repository rule sees: the artefacts, the organisation's settings, today, and where to report.</summary>
public sealed class RuleContext
{
    private readonly ConcurrentBag<Finding> findings = [];
    private readonly Lazy<ApprovalStatusIndex> approvals;

    /// <param name="approvals">The run's approval decisions; built from the repository when not given.</param>
    public RuleContext(PolicyRepository repository, RuleSettings settings, DateTime today, IFileHistory? history = null, ApprovalStatusIndex? approvals = null)
    {
        ApprovedVersions = history is null ? null : new ApprovedVersions(history, repository);
        Repository = repository;
        Settings = settings;
        Today = today.Date;
        this.approvals = approvals is not null
            ? new Lazy<ApprovalStatusIndex>(approvals)
            : new Lazy<ApprovalStatusIndex>(() => new ApprovalStatusIndex(repository, Today), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    public PolicyRepository Repository { get; }

    public RuleSettings Settings { get; }

    /// <summary>Whether the Governance artefact is approved and so in force (its settings are <see cref="Settings"/> only then).</summary>
    public GovernanceState Governance => GovernanceState.From(Approvals.Governance);

    /// <summary>The date rules judge validity and deadlines against (UTC, or <c>--today</c>).</summary>
    public DateTime Today { get; }

    /// <summary>Earlier committed versions of artefacts, when the repository is a Git checkout; rules use it only to locate changes.</summary>
    public ApprovedVersions? ApprovedVersions { get; }

    /// <summary>Which artefacts are approved today, decided once per run.</summary>
    public ApprovalStatusIndex Approvals => approvals.Value;

    public IReadOnlyCollection<Finding> Findings => findings;

    /// <summary>Reports a finding at the rule's default severity; the organisation's overrides apply later.</summary>
    public void Report(RuleDescriptor rule, SourceLocation at, string message, params RelatedLocation[] related) =>
        Report(rule, rule.DefaultSeverity, at, message, related);

    /// <summary>
    /// Reports at a given severity, for rules whose reference gives two levels under one id (an error for
    /// the breach, a warning for what only needs committee review); the organisation's overrides apply later.
    /// </summary>
    public void Report(RuleDescriptor rule, Severity severity, SourceLocation at, string message, params RelatedLocation[] related) =>
        findings.Add(new Finding(rule.Id, severity, message, at) { Related = related });

    /// <summary>
    /// Reports a missing property at a neighbouring value that makes it required (the one the reader must
    /// look at), naming the property as the finding's subject so the schema's "missing" finding on it is
    /// recognised as the same root cause (<see cref="Findings.Finding.SubjectPointer"/>).
    /// </summary>
    public void ReportMissing(RuleDescriptor rule, SourceLocation at, string missingPointer, string message, params RelatedLocation[] related) =>
        findings.Add(new Finding(rule.Id, rule.DefaultSeverity, message, at) { Related = related, SubjectPointer = missingPointer });
}
