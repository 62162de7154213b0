using System.Text.Json.Nodes;
using Policy.Core.Tests.Fixtures;

namespace Policy.Cli.Tests;

/// <summary>
/// `policy diff` reads a Git revision's files into memory, never onto disk. Its report must be the one
/// `policy diff OLD_DIR NEW_DIR` gives on copies of the same two trees (folders are read from disk):
/// with renames, deletions, files the base lacks, bytes that are not JSON, files discovery skips, a
/// link in the revision, and schemas the change edits.
/// </summary>
public sealed partial class DiffRevisionsInMemoryTests : IDisposable
{
    private readonly TestRepository repository = new();
    private readonly TestRepository baseCopy = new();
    private readonly TestRepository headCopy = new();

    public void Dispose()
    {
        repository.Dispose();
        baseCopy.Dispose();
        headCopy.Dispose();
    }

    [GitFact]
    public void The_working_tree_against_a_commit_reports_what_the_two_folders_report()
    {
        CommitBase();
        Change();

        var fromGit = CliRunner.Run(repository.Root, "diff", "--base", "HEAD", "--format", "json", "--today", "2026-11-25");
        Copy(repository.Root, headCopy.Root);
        var fromFolders = CliRunner.Run(repository.Root, "diff", baseCopy.Root, headCopy.Root, "--format", "json", "--today", "2026-11-25");

        AssertSameReport(fromFolders, fromGit);
    }

    [GitFact]
    public void Two_commits_report_what_the_two_folders_report()
    {
        CommitBase();
        Change();
        Copy(repository.Root, headCopy.Root);
        Git.CommitAll(repository, "changed");

        var fromGit = CliRunner.Run(repository.Root, "diff", "--base", "HEAD~1", "--head", "HEAD", "--format", "json", "--today", "2026-11-25");
        var fromFolders = CliRunner.Run(repository.Root, "diff", baseCopy.Root, headCopy.Root, "--format", "json", "--today", "2026-11-25");

        AssertSameReport(fromFolders, fromGit);
    }

    [GitFact]
    public void A_change_to_the_schemas_is_judged_against_each_commits_own_schemas()
    {
        CommitBase();
        Change();
        repository.WriteSchema("PatientNotice", new JsonObject { ["required"] = new JsonArray("audience") });
        Copy(repository.Root, headCopy.Root);

        var fromGit = CliRunner.Run(repository.Root, "diff", "--base", "HEAD", "--format", "json", "--today", "2026-11-25");
        var fromFolders = CliRunner.Run(repository.Root, "diff", baseCopy.Root, headCopy.Root, "--format", "json", "--today", "2026-11-25");

        AssertSameReport(fromFolders, fromGit);
        Assert.Contains(JsonNode.Parse(fromGit.Out)!["findingsIntroduced"]!.AsArray(), f => f!["file"]!.GetValue<string>() == "policies/same.json");
    }

    /// <summary>The base commit, and a copy of its tree (policies and schemas) as a folder.</summary>
    private void CommitBase()
    {
        Git.Init(repository);
        repository.Artefact("ho.json", Oversight("in-the-loop"));
        repository.Artefact("approvals/ho.json", Artefacts.Approval("apr-ho", "HumanOversight", "ho-ecg", repository.HashOf("policies/ho.json"), ("Dr Paul Henry", "medical-lead"), ("Sofia Rossi", "ai-lead")));
        repository.Artefact("gone.json", Artefacts.Envelope("Incident", "inc-1", "ecg"));
        repository.Artefact("same.json", Artefacts.Envelope("PatientNotice", "pn-1", "ecg"));
        repository.Artefact("ecg/before-rename.json", Artefacts.Envelope("DataFlow", "df-moved", "ecg"));
        repository.WriteBytes("policies/not-utf8.json", [0x7b, 0xff, 0xfe, 0x7d]);
        repository.Artefact("node_modules/skipped.json", Artefacts.Envelope("Incident", "inc-skipped", "ecg"));
        repository.Write("policies/notes.md", "not an artefact");
        Git.CommitAll(repository, "base");

        // A link committed in the revision: extracting the revision never wrote it, so it is not read.
        repository.Write("link-target.txt", "same.json");
        var target = Git.Run(repository.Root, "hash-object", "-w", "link-target.txt").Trim();
        File.Delete(repository.FullPath("link-target.txt"));
        Git.Run(repository.Root, "update-index", "--add", "--cacheinfo", $"120000,{target},policies/link.json");
        Git.Run(repository.Root, "commit", "-q", "-m", "a link");
        Copy(repository.Root, baseCopy.Root);
    }

    private void Change()
    {
        repository.Artefact("ho.json", Oversight("none"));
        File.Delete(repository.FullPath("policies/gone.json"));
        Git.Run(repository.Root, "mv", "policies/ecg/before-rename.json", "policies/ecg/after-rename.json");
        repository.Artefact("new/untracked.json", Artefacts.Envelope("DataFlow", "df-new", "ecg"));
        repository.WriteBytes("policies/not-utf8.json", [0x7b, 0xfe, 0xff, 0x7d]);
        repository.Artefact("node_modules/skipped.json", Artefacts.Envelope("Incident", "inc-skipped-too", "ecg"));
        repository.Write("policies/notes.md", "still not an artefact");
    }

    /// <summary>
    /// The report without its two labels (a revision's name against a folder's) and without what only Git
    /// history gives: where a stale approval's target first changed, and the line it is reported at (folders have no history).
    /// </summary>
    private static void AssertSameReport(CliRunner.Result expected, CliRunner.Result actual)
    {
        Assert.Equal((0, string.Empty), (expected.ExitCode, expected.Error));
        Assert.Equal((0, string.Empty), (actual.ExitCode, actual.Error));
        Assert.Equal(WithoutHistory(expected.Out), WithoutHistory(actual.Out));
        Assert.NotEmpty(JsonNode.Parse(expected.Out)!["changes"]!.AsArray());
        Assert.NotEmpty(JsonNode.Parse(expected.Out)!["approvalsInvalidated"]!.AsArray());
    }

    private static string WithoutHistory(string report)
    {
        var json = JsonNode.Parse(report)!.AsObject();
        json.Remove("base");
        json.Remove("head");
        foreach (var list in new[] { "findingsIntroduced", "findingsResolved" })
        {
            var findings = json[list]!.AsArray().Select(f => f!.AsObject()).ToList();
            foreach (var finding in findings.Where(f => f["rule"]!.GetValue<string>() == "XR-APP-01"))
            {
                finding["pointer"] = string.Empty;
                finding["line"] = 0;
                finding["message"] = FirstChange().Replace(finding["message"]!.GetValue<string>(), string.Empty);
            }

            // The pointer orders the findings of a file; without it, their order is their text's.
            json[list] = new JsonArray(findings.Select(f => f.ToJsonString()).Order(StringComparer.Ordinal).Select(f => JsonNode.Parse(f)).ToArray());
        }

        return json.ToJsonString();
    }

    [System.Text.RegularExpressions.GeneratedRegex(@" The first change since the approved version is at \S+\.")]
    private static partial System.Text.RegularExpressions.Regex FirstChange();

    /// <summary>The regular files of the tree (the committed link is not in the working tree), without .git.</summary>
    private static void Copy(string from, string to)
    {
        foreach (var folder in new[] { "policies", "schemas" })
        {
            var target = Path.Combine(to, folder);
            if (Directory.Exists(target))
            {
                Directory.Delete(target, recursive: true);
            }

            foreach (var file in Directory.EnumerateFiles(Path.Combine(from, folder), "*", SearchOption.AllDirectories))
            {
                var destination = Path.Combine(target, Path.GetRelativePath(Path.Combine(from, folder), file));
                Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
                File.Copy(file, destination);
            }
        }
    }

    private static JsonObject Oversight(string mode) =>
        Artefacts.Envelope("HumanOversight", "ho-ecg", "ecg")
            .With("decisions", new JsonArray(new JsonObject { ["id"] = "read", ["mode"] = mode, ["significantEffect"] = true }));
}
