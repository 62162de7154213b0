using System.Text.Json;
using Policy.Core.Catalog;
using Policy.Core.Findings;
using Policy.Core.History;
using Policy.Core.Loading;

namespace Policy.Core.Releasing;

/// <summary>
/// `policy verify TAG`: reads only the tagged tree (git ls-tree, git cat-file), recomputes every hash,
/// checks the manifest lists exactly the governed files with what the tree gives, re-evaluates every
/// approval as of the release date, and checks the tag's signature when it has one.
/// </summary>
public static class VerifyOperation
{
    private static readonly string[] SignatureMarkers = ["-----BEGIN SSH SIGNATURE-----", "-----BEGIN PGP SIGNATURE-----"];

    public static ReleaseOutcome Run(string directory, string tag)
    {
        if (GitRepository.At(directory) is not { } git)
        {
            return new ReleaseOutcome([], null, $"'{directory}' is not in a Git repository (or git is not installed).") { Refused = true };
        }

        var at = SourceLocation.StartOf("refs/tags/" + tag);
        var findings = new List<Finding>();
        void Add(RuleDescriptor rule, SourceLocation where, string message) => findings.Add(new Finding(rule.Id, rule.DefaultSeverity, message, where));

        var tagObject = git.TagObject(tag);
        var manifest = tagObject is null ? null : ReleaseManifest.FromTagMessage(Message(tagObject));
        var dated = DateTime.TryParseExact(manifest?.ReleaseDate, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var releaseDate);
        if (tagObject is null || manifest is null || !dated || manifest.Files is null || manifest.Schemas is null || manifest.Commit is null)
        {
            Add(ReleaseRules.NoManifest, at, tagObject is null
                ? $"'{tag}' is not an annotated tag of this repository, so it carries no release manifest."
                : $"tag '{tag}' has no readable release manifest ({ReleaseManifest.CurrentFormat}) in its message.");
            return Done(findings, null, tag);
        }

        var commit = git.Commit("refs/tags/" + tag)!;
        if (!string.Equals(commit, manifest.Commit, StringComparison.OrdinalIgnoreCase))
        {
            Add(ReleaseRules.TagMoved, at, $"tag '{tag}' points at commit {commit[..12]}, but its manifest released commit {Short(manifest.Commit)}: the tag was moved onto other content.");
        }

        if (SignatureMarkers.Any(tagObject.Contains) && git.VerifyTag(tag) is { } failure)
        {
            Add(ReleaseRules.TagSignature, at, $"the signature of tag '{tag}' does not verify: {failure}");
        }

        var folder = Directory.CreateTempSubdirectory("policy-verify-").FullName;
        try
        {
            Extract(git, commit, folder);
            var layout = new RepositoryLayout(folder, Path.Combine(folder, "schemas"));
            if (!Directory.Exists(layout.SchemasDirectory))
            {
                Add(ReleaseRules.ManifestMismatch, at, $"the tagged tree has no schemas/ folder, so its artefacts cannot be checked.");
                return Done(findings, manifest, tag);
            }

            var check = ReleaseCheck.Run(layout, new GitFileHistory(git.Root, commit), releaseDate, manifest.Systems);
            findings.AddRange(check.Findings);
            Compare(manifest, check, Add);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }

        return Done(findings, manifest, tag);
    }

    /// <summary>Writes the tagged tree's policy and schema files (only those: nothing else is governed) into <paramref name="folder"/>.</summary>
    private static void Extract(GitRepository git, string commit, string folder)
    {
        var files = git.Files(commit);
        var hasPolicies = files.Any(f => f.Path.StartsWith("policies/", StringComparison.Ordinal));
        foreach (var (path, blob) in files.Where(f => !hasPolicies || f.Path.StartsWith("policies/", StringComparison.Ordinal) || f.Path.StartsWith("schemas/", StringComparison.Ordinal)))
        {
            var target = Path.Combine(folder, path.Replace('/', Path.DirectorySeparatorChar));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.WriteAllBytes(target, git.Blob(blob) ?? []);
        }
    }

    private static void Compare(ReleaseManifest manifest, ReleaseCheck tree, Action<RuleDescriptor, SourceLocation, string> add)
    {
        void Mismatch(string path, string message) => add(ReleaseRules.ManifestMismatch, SourceLocation.StartOf(path), message);

        if (manifest.PolicyFolder != tree.PolicyFolder)
        {
            Mismatch(tree.PolicyFolder, $"the manifest names the policy folder '{manifest.PolicyFolder}', the tagged tree's is '{tree.PolicyFolder}'.");
        }

        var listed = manifest.Files.ToDictionary(f => f.Path, StringComparer.Ordinal);
        foreach (var file in tree.Files)
        {
            if (!listed.Remove(file.Path, out var entry))
            {
                Mismatch(file.Path, $"{file.Path} is a governed file of the tagged tree that the release manifest does not list.");
                continue;
            }

            if (entry.Sha256 != file.Sha256 || entry.ContentHash != file.ContentHash)
            {
                Mismatch(file.Path, $"{file.Path} differs from the release manifest: the manifest records content hash {entry.ContentHash} (bytes {entry.Sha256}), the tagged tree has {file.ContentHash} (bytes {file.Sha256}).");
            }
            else if ((entry.Kind, entry.Id, entry.Version) != (file.Kind, file.Id, file.Version) || ManifestJson.Plain(entry.Approvals) != ManifestJson.Plain(file.Approvals))
            {
                Mismatch(file.Path, $"the release manifest's entry for {file.Path} does not match the tagged tree: it records {ManifestJson.Plain(entry with { Sha256 = string.Empty })}, the tree gives {ManifestJson.Plain(file with { Sha256 = string.Empty })}.");
            }
        }

        foreach (var missing in listed.Keys)
        {
            Mismatch(missing, $"the release manifest lists {missing}, which is not a governed file of the tagged tree.");
        }

        var schemas = manifest.Schemas.ToDictionary(f => f.Path, f => f.Sha256, StringComparer.Ordinal);
        foreach (var schema in tree.Schemas)
        {
            if (!schemas.Remove(schema.Path, out var sha) || sha != schema.Sha256)
            {
                Mismatch(schema.Path, $"schema file {schema.Path} ({schema.Sha256}) is not in the release manifest's schema set as it is in the tagged tree.");
            }
        }

        foreach (var missing in schemas.Keys)
        {
            Mismatch(missing, $"the release manifest lists schema file {missing}, which the tagged tree does not have.");
        }
    }

    /// <summary>The message of a tag object: after its headers, before any signature.</summary>
    private static string Message(string tagObject)
    {
        var body = tagObject.IndexOf("\n\n", StringComparison.Ordinal) is var start and >= 0 ? tagObject[(start + 2)..] : tagObject;
        foreach (var marker in SignatureMarkers)
        {
            if (body.IndexOf(marker, StringComparison.Ordinal) is var signature and >= 0)
            {
                body = body[..signature];
            }
        }

        return "\n" + body;
    }

    private static ReleaseOutcome Done(List<Finding> findings, ReleaseManifest? manifest, string tag) =>
        new(findings, manifest, findings.Count == 0
            ? $"release {tag} verified: {manifest!.Files.Count} governed files and {manifest.Schemas.Count} schema files as the manifest records them, every approval in force on {manifest.ReleaseDate}{manifest.UnsignedNote()}."
            : $"release {tag} does not hold: {findings.Count} finding(s).");

    private static string Short(string commit) => commit.Length > 12 ? commit[..12] : commit;

}
