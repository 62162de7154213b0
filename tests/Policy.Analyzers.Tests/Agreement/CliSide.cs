extern alias core;

using ApprovalStatusIndex = core::Policy.Core.Rules.Approvals.ApprovalStatusIndex;
using ArtefactLoader = core::Policy.Core.Loading.ArtefactLoader;
using FileDiscovery = core::Policy.Core.Loading.FileDiscovery;
using PolicyRepository = core::Policy.Core.Model.PolicyRepository;
using RepositoryLayout = core::Policy.Core.Loading.RepositoryLayout;
using SchemaCatalog = core::Policy.Core.Loading.SchemaCatalog;

namespace Policy.Analyzers.Tests.Agreement;

/// <summary>The CLI's path from file bytes to approval verdicts: discover, load strictly, then the kernel through ApprovalStatusIndex.</summary>
internal static class CliSide
{
    /// <param name="root">The repository root, holding <c>schemas/</c> and the policy folder.</param>
    public static (IReadOnlyList<ApprovalVerdict> Verdicts, bool GovernanceInForce) Verdicts(string root, string policies, DateTime today)
    {
        var schemas = Path.Combine(root, "schemas");
        var layout = new RepositoryLayout(root, schemas);
        var catalog = SchemaCatalog.Load(schemas);
        var loader = new ArtefactLoader(layout, catalog, Policy.JsonSchema.JsonSourceOptions.Default);
        var artefacts = FileDiscovery.Discover(layout, [policies]).Files
            .Select(loader.Load)
            .Select(o => o.Artefact)
            .OfType<core::Policy.Core.Model.Artefact>();
        var repository = new PolicyRepository(artefacts, catalog.Taxonomy);
        var approvals = new ApprovalStatusIndex(repository, today);
        var verdicts = new List<ApprovalVerdict>();
        foreach (var artefact in repository.Artefacts)
        {
            if (repository.Find(artefact.Id) != artefact || approvals.StatusOf(artefact) is not { } status)
            {
                continue; // duplicates of an id and Approvals have no verdict of their own
            }

            var file = Path.GetRelativePath(policies, Path.Combine(root, artefact.File)).Replace('\\', '/');
            var problems = string.Join("\n", status.Problems.Select(p => $"{p.Kind}: {p.Message}"));
            verdicts.Add(new ApprovalVerdict(file, artefact.Kind, artefact.Id, status.IsApproved, status.Approval?.Id, problems));
        }

        return (verdicts, approvals.Governance.InForce);
    }
}
