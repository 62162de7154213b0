using System.Security.Cryptography;
using Policy.Core.Catalog;
using Policy.Core.Findings;
using Policy.Core.History;
using Policy.Core.Loading;
using Policy.Core.Model;
using Policy.Core.Rules.Approvals;
using Policy.Core.Rules;
using Policy.Core.Validation;
using Policy.Kernel.Approvals;
using Policy.Kernel.Json;

namespace Policy.Core.Releasing;

/// <summary>
/// What a release of one tree rests on, computed the same way by `policy release` (on the clean
/// checkout) and `policy verify` (on the tagged tree): the validation errors as of the release date,
/// the artefacts in scope that are not approved that day, and the manifest's file and schema entries.
/// </summary>
public sealed class ReleaseCheck
{
    private ReleaseCheck(IReadOnlyList<Finding> findings, IReadOnlyList<ManifestArtefact> files, IReadOnlyList<ManifestFile> schemas, string policyFolder)
    {
        Findings = findings;
        Files = files;
        Schemas = schemas;
        PolicyFolder = policyFolder;
    }

    /// <summary>Errors that forbid the release: validation errors, then XR-APP-12 for each artefact in scope not approved.</summary>
    public IReadOnlyList<Finding> Findings { get; }

    public IReadOnlyList<ManifestArtefact> Files { get; }

    public IReadOnlyList<ManifestFile> Schemas { get; }

    /// <summary>The policy folder, repository-relative (<c>policies</c>, or <c>.</c> for the root).</summary>
    public string PolicyFolder { get; }

    public static ReleaseCheck Run(RepositoryLayout layout, IFileHistory? history, DateTime releaseDate, IReadOnlyList<string> systems)
    {
        var schemas = SchemaCatalog.Load(layout.SchemasDirectory);
        var policies = layout.DefaultPolicyPath;
        var repository = RepositoryReader.Read(layout, schemas, [policies]).Repository;
        var approvals = ApprovalStatusIndex.ForCli(repository, releaseDate, history);
        var inScope = Scope(repository, systems);

        // Errors of files outside the scope (another system's) do not hold a release of these systems back;
        // a file that is no artefact at all (broken JSON, unknown kind) always does.
        var outOfScope = repository.Artefacts.Where(a => !inScope.Contains(a)).Select(a => a.File).ToHashSet(StringComparer.Ordinal);
        var findings = new PolicyValidator(layout, schemas, RepositoryRules.All, history)
            .Validate([policies], new ValidationSettings { Today = releaseDate })
            .Findings.Where(f => f.Severity == Severity.Error && !outOfScope.Contains(f.File)).ToList();
        foreach (var artefact in repository.Artefacts.Where(a => inScope.Contains(a) && !NotApproved.Contains(a.Kind)))
        {
            if (approvals.StatusOf(artefact) is { IsApproved: false } status)
            {
                var why = string.Join(" ", status.Problems.Where(p => p.VoidsApproval).Select(p => p.Message));
                findings.Add(new Finding(ReleaseRules.NotApproved.Id, Severity.Error, $"{artefact.Kind} '{artefact.Id}' is not approved on {Kernel.Time.PolicyDate.Format(releaseDate)}, so it cannot be released: {why}", artefact.At(string.Empty)));
            }
        }

        var byFile = repository.Artefacts.ToDictionary(a => a.File, StringComparer.Ordinal);
        var files = new List<ManifestArtefact>();
        foreach (var full in FileDiscovery.Discover(layout, [policies]).Files)
        {
            var path = layout.Relative(full);
            byFile.TryGetValue(path, out var artefact);
            if (artefact is not null && !inScope.Contains(artefact))
            {
                continue;
            }

            files.Add(new ManifestArtefact
            {
                Path = path,
                Kind = artefact?.Kind,
                Id = artefact?.Id,
                Version = artefact?.Version,
                ContentHash = artefact?.ContentHash,
                Sha256 = Sha256Of(full),
                Approvals = artefact is not null && approvals.StatusOf(artefact) is { IsApproved: true, Approval: { } record } && approvals.ApprovalFile(record.Id) is { } file
                    ? [Describe(file)]
                    : [],
            });
        }

        var schemaFiles = Directory.EnumerateFiles(layout.SchemasDirectory, "*", SearchOption.AllDirectories)
            .Select(f => new ManifestFile(layout.Relative(f), Sha256Of(f)))
            .OrderBy(f => f.Path, StringComparer.Ordinal)
            .ToList();
        return new ReleaseCheck(findings, files, schemaFiles, layout.Relative(policies));
    }

    /// <summary>Kinds no committee approves: Approvals themselves, and Incidents, which record what happened.</summary>
    private static readonly HashSet<string> NotApproved = [ArtefactKinds.Approval, ArtefactKinds.Incident];

    public static string Sha256Of(string file) => "sha256:" + Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(file)));

    /// <summary>The Governance, the artefacts of the systems, and the Approvals of those; everything when no system is named.</summary>
    private static HashSet<Artefact> Scope(PolicyRepository repository, IReadOnlyList<string> systems)
    {
        if (systems.Count == 0)
        {
            return [.. repository.Artefacts];
        }

        var scope = repository.Artefacts.Where(a => a.Kind == ArtefactKinds.Governance || (a.Kind != ArtefactKinds.Approval && a.SystemId is { } s && systems.Contains(s))).ToHashSet();
        var targets = scope.Select(a => (a.Kind, a.Id)).ToHashSet();
        scope.UnionWith(repository.OfKind(ArtefactKinds.Approval).Where(a => a.Root.String("target", "kind") is { } kind && a.Root.String("target", "id") is { } id && targets.Contains((kind, id))));
        return scope;
    }

    private static ManifestApproval Describe(Artefact approval)
    {
        var root = approval.Node;
        var approvers = root.ItemsAt("approvers").Select(a => new ManifestApprover(
            a.StringAt("name") ?? string.Empty, a.StringAt("email"), a.StringAt("role") ?? string.Empty, a.StringAt("decidedAt"), a.StringAt(ApprovalSignatures.Member) is not null)).ToList();
        return new ManifestApproval(approval.Id, root.StringAt("decision") ?? string.Empty, root.StringAt("validFrom"), root.StringAt("validUntil"), approvers);
    }
}
