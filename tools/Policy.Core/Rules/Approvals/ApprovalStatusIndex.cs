using Policy.Core.Model;
using Policy.Core.Rules.Configuration;
using Policy.Kernel.Approvals;
using Policy.Kernel.Governance;

namespace Policy.Core.Rules.Approvals;

/// <summary>
/// "Is this artefact approved?" for the repository rules, answered by the kernel's
/// <see cref="ApprovalRegister"/> (the same code the analyzers run), decided once per artefact per run.
/// </summary>
public sealed class ApprovalStatusIndex
{
    private readonly PolicyRepository repository;

    /// <param name="replacedGovernance">The approved Governance version the current one replaces (<see cref="History.ReplacedGovernance"/>), when known.</param>
    /// <param name="signatures">Verified signature facts (<see cref="Signing.SshSignatureFacts"/>); null to leave signatures unjudged.</param>
    public ApprovalStatusIndex(PolicyRepository repository, DateTime today, Artefact? replacedGovernance = null, ISignatureFacts? signatures = null)
    {
        this.repository = repository;
        Register = new ApprovalRegister(repository.Artefacts, today, RulesConfiguration.Defaults.ApprovalGraceAfterReviewDue, replacedGovernance, signatures);
    }

    /// <summary>The decisions the CLI makes: with the Governance version found in Git history and signatures checked by ssh-keygen.</summary>
    public static ApprovalStatusIndex ForCli(PolicyRepository repository, DateTime today, History.IFileHistory? history) =>
        new(repository, today, history is null ? null : History.ReplacedGovernance.Find(history, repository), new Signing.SshSignatureFacts(repository.Artefacts));

    public ApprovalRegister Register { get; }

    /// <summary>The Governance artefact, whether it is in force, and the matrix and grace it yields.</summary>
    public GovernanceGate Governance => Register.Governance;

    /// <summary>The kernel's verdict; null for Approvals and for artefacts without a content hash.</summary>
    public ApprovalStatus? StatusOf(Artefact artefact) => Register.StatusOf(artefact);

    public bool IsApproved(Artefact? artefact) => Register.IsApproved(artefact);

    /// <summary>The Approval artefact with this id, if it loaded.</summary>
    public Artefact? ApprovalFile(string approvalId) => Register.ApprovalArtefact(approvalId) as Artefact;

    /// <summary>Targets that at least one Approval names, with the verdict, in file order.</summary>
    public IEnumerable<(Artefact Target, ApprovalStatus Status)> Named()
    {
        foreach (var artefact in repository.Artefacts)
        {
            if (StatusOf(artefact) is { Approval: not null } status)
            {
                yield return (artefact, status);
            }
        }
    }
}
