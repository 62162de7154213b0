using System.Text.Json;
using System.Text.Json.Nodes;
using Policy.Core.Tests.Fixtures;

namespace Policy.Cli.Tests;

/// <summary>`policy diff` on real temporary Git repositories and on two folders: revisions, the JSON contract, exit codes.</summary>
public sealed class DiffCommandTests : IDisposable
{
    private readonly TestRepository repository = new();

    public void Dispose() => repository.Dispose();

    [GitFact]
    public void Compares_two_revisions_and_writes_the_json_contract()
    {
        Git.Init(repository);
        repository.Artefact("ho.json", Oversight("in-the-loop"));
        repository.Artefact("approvals/ho.json", Artefacts.Approval("apr-ho", "HumanOversight", "ho-ecg", repository.HashOf("policies/ho.json"), ("Dr Paul Henry", "medical-lead"), ("Sofia Rossi", "ai-lead")));
        Git.CommitAll(repository, "approved");
        repository.Artefact("ho.json", Oversight("on-the-loop"));
        Git.CommitAll(repository, "weakened");

        var result = CliRunner.Run(repository.Root, "diff", "--base", "HEAD~1", "--head", "HEAD", "--format", "json");
        Assert.Equal((0, string.Empty), (result.ExitCode, result.Error));
        var json = JsonNode.Parse(result.Out)!.AsObject();
        Assert.Equal(["base", "head", "changes", "approvalsInvalidated", "findingsIntroduced", "findingsResolved"], json.Select(p => p.Key));
        Assert.StartsWith("HEAD~1 (", json["base"]!.GetValue<string>(), StringComparison.Ordinal);
        var change = Assert.Single(json["changes"]!.AsArray())!.AsObject();
        Assert.Equal(["kind", "id", "file", "line", "pointer", "change", "before", "after", "class", "reason"], change.Select(p => p.Key));
        Assert.Equal(
            ("HumanOversight", "ho-ecg", "policies/ho.json", "/decisions/0/mode", "modified", "in-the-loop", "on-the-loop", "weakens-safeguard"),
            (S(change, "kind"), S(change, "id"), S(change, "file"), S(change, "pointer"), S(change, "change"), S(change, "before"), S(change, "after"), S(change, "class")));
        Assert.True(change["line"]!.GetValue<int>() > 1);
        var approval = Assert.Single(json["approvalsInvalidated"]!.AsArray())!.AsObject();
        Assert.Equal(["approval", "target", "roles"], approval.Select(p => p.Key));
        Assert.Equal(("apr-ho", "HumanOversight", "ho-ecg"), (S(approval, "approval"), approval["target"]!["kind"]!.GetValue<string>(), approval["target"]!["id"]!.GetValue<string>()));
        Assert.Equal(["medical-lead", "ai-lead"], approval["roles"]!.AsArray().Select(r => r!.GetValue<string>()));
        Assert.Contains(json["findingsIntroduced"]!.AsArray(), f => S(f!.AsObject(), "rule") == "XR-APP-01");
        Assert.Empty(json["findingsResolved"]!.AsArray());
    }

    [GitFact]
    public void By_default_compares_the_working_tree_with_the_merge_base_and_leaves_the_tree_untouched()
    {
        Git.Init(repository);
        repository.Artefact("ho.json", Oversight("in-the-loop"));
        Git.CommitAll(repository, "on main");
        Git.Run(repository.Root, "checkout", "-q", "-b", "feature");
        repository.Artefact("ho.json", Oversight("in-command"));
        Git.CommitAll(repository, "feature commit");
        repository.Artefact("ho.json", Oversight("none"));
        var before = File.ReadAllText(repository.FullPath("policies/ho.json"));
        var status = Git.Run(repository.Root, "status", "--porcelain");

        var result = CliRunner.Run(repository.Root, "diff", "--format", "json", "--no-findings");
        Assert.Equal(0, result.ExitCode);
        var change = Assert.Single(JsonNode.Parse(result.Out)!["changes"]!.AsArray())!.AsObject();
        Assert.Equal(("in-the-loop", "none"), (S(change, "before"), S(change, "after")));
        Assert.Equal("working tree", JsonNode.Parse(result.Out)!["head"]!.GetValue<string>());
        Assert.Equal(before, File.ReadAllText(repository.FullPath("policies/ho.json")));
        Assert.Equal(status, Git.Run(repository.Root, "status", "--porcelain"));
        Assert.Equal("feature", Git.Run(repository.Root, "branch", "--show-current").Trim());
    }

    [GitFact]
    public void A_renamed_file_is_a_move_and_reformatting_with_reordering_is_no_change()
    {
        Git.Init(repository);
        repository.Artefact("ecg/ho.json", Oversight("in-the-loop"));
        repository.Artefact("notes.json", Artefacts.Envelope("SystemCard", "ecg").With("dataCategoriesProcessed", new JsonArray("health.observation", "identity.direct")));
        Git.CommitAll(repository, "first");
        Git.Run(repository.Root, "mv", "policies/ecg/ho.json", "policies/ecg/human-oversight.json");
        var card = JsonNode.Parse(File.ReadAllText(repository.FullPath("policies/notes.json")))!.AsObject();
        card["dataCategoriesProcessed"] = new JsonArray("identity.direct", "health.observation");
        var reversed = new JsonObject(card.Reverse().Select(p => KeyValuePair.Create(p.Key, p.Value?.DeepClone())));
        repository.Write("policies/notes.json", reversed.ToJsonString(new JsonSerializerOptions { WriteIndented = false }));
        Git.CommitAll(repository, "renamed and reformatted");

        var result = CliRunner.Run(repository.Root, "diff", "--base", "HEAD~1", "--head", "HEAD", "--format", "json", "--no-findings");
        var change = Assert.Single(JsonNode.Parse(result.Out)!["changes"]!.AsArray())!.AsObject();
        Assert.Equal(("moved", "editorial", "policies/ecg/human-oversight.json", "policies/ecg/ho.json"), (S(change, "change"), S(change, "class"), S(change, "file"), S(change, "before")));
    }

    [GitFact]
    public void Reading_only_the_files_git_says_differ_gives_the_same_changes_and_voided_approvals()
    {
        Git.Init(repository);
        repository.Artefact("ho.json", Oversight("in-the-loop"));
        repository.Artefact("approvals/ho.json", Artefacts.Approval("apr-ho", "HumanOversight", "ho-ecg", repository.HashOf("policies/ho.json"), ("Dr Paul Henry", "medical-lead"), ("Sofia Rossi", "ai-lead")));
        repository.Artefact("gone.json", Artefacts.Envelope("Incident", "inc-1", "ecg"));
        repository.Artefact("same.json", Artefacts.Envelope("PatientNotice", "pn-1", "ecg"));
        Git.CommitAll(repository, "first");
        repository.Artefact("ho.json", Oversight("none"));
        File.Delete(repository.FullPath("policies/gone.json"));
        repository.Artefact("new/untracked.json", Artefacts.Envelope("DataFlow", "df-new", "ecg"));

        var tree = Directory.EnumerateFiles(repository.Policies, "*", SearchOption.AllDirectories).ToDictionary(f => f, File.ReadAllText);

        // --no-findings reads only what differs from the working tree; with findings, the whole base
        // (its unchanged files linked to the working tree's, which deleting the copy leaves alone).
        var partial = JsonNode.Parse(CliRunner.Run(repository.Root, "diff", "--format", "json", "--no-findings").Out)!;
        var whole = JsonNode.Parse(CliRunner.Run(repository.Root, "diff", "--format", "json").Out)!;
        Assert.Equal(whole["changes"]!.ToJsonString(), partial["changes"]!.ToJsonString());
        Assert.Equal(whole["approvalsInvalidated"]!.ToJsonString(), partial["approvalsInvalidated"]!.ToJsonString());
        Assert.Equal(
            [("df-new", "added"), ("ho-ecg", "modified"), ("inc-1", "removed")],
            partial["changes"]!.AsArray().Select(c => (S(c!.AsObject(), "id"), S(c!.AsObject(), "change"))).Distinct().Order());
        Assert.Equal("apr-ho", S(Assert.Single(partial["approvalsInvalidated"]!.AsArray())!.AsObject(), "approval"));
        Assert.Equal(tree, Directory.EnumerateFiles(repository.Policies, "*", SearchOption.AllDirectories).ToDictionary(f => f, File.ReadAllText));
    }

    [GitFact]
    public void Fail_on_exits_1_only_when_a_change_has_that_class()
    {
        Git.Init(repository);
        repository.Artefact("ho.json", Oversight("in-the-loop"));
        Git.CommitAll(repository, "first");
        repository.Artefact("ho.json", Oversight("on-the-loop"));

        Assert.Equal(1, CliRunner.Run(repository.Root, "diff", "--no-findings", "--fail-on", "raises-risk,weakens-safeguard").ExitCode);
        Assert.Equal(0, CliRunner.Run(repository.Root, "diff", "--no-findings", "--fail-on", "raises-risk").ExitCode);
        Assert.Equal(0, CliRunner.Run(repository.Root, "diff", "--no-findings").ExitCode);
    }

    [GitFact]
    public void Usage_errors_exit_2_with_a_message()
    {
        Git.Init(repository);
        repository.Artefact("ho.json", Oversight("in-the-loop"));
        Git.CommitAll(repository, "first");
        foreach (var (args, message) in new[]
        {
            (new[] { "diff", "--format", "pdf" }, "unknown format 'pdf'"),
            (["diff", "--fail-on", "risky"], "--fail-on takes"),
            (["diff", "--base", "no-such-branch"], "'no-such-branch' names no commit"),
            (["diff", "only-one-folder"], "give two folders"),
            (["diff", "a", "b", "--base", "HEAD"], "cannot be used with two folders"),
            (["diff", "--today", "tomorrow"], "--today must be a date"),
            (["diff", "--format", "json=policies/report.json", "--no-findings"], "will not write 'policies/report.json'"),
        })
        {
            var result = CliRunner.Run(repository.Root, args);
            Assert.Equal(2, result.ExitCode);
            Assert.Contains(message, result.Error, StringComparison.Ordinal);
        }

        Assert.False(File.Exists(repository.FullPath("policies/report.json")));
    }

    [Fact]
    public void Outside_a_Git_repository_it_asks_for_two_folders()
    {
        Directory.Delete(repository.FullPath(".git"));
        var result = CliRunner.Run(repository.Root, "diff");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("not inside a Git repository", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Compares_two_folders()
    {
        using var newer = new TestRepository();
        repository.Artefact("ho.json", Oversight("in-the-loop"));
        newer.Artefact("ho.json", Oversight("in-command"));
        var result = CliRunner.Run(repository.Root, "diff", repository.Root, newer.Root, "--format", "text", "--no-findings");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("policies/ho.json(", result.Out, StringComparison.Ordinal);
        Assert.Contains("strengthens: HumanOversight 'ho-ecg' modified /decisions/0/mode", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Writes_reports_to_files_but_never_into_a_compared_policy_folder()
    {
        using var newer = new TestRepository();
        repository.Artefact("ho.json", Oversight("in-the-loop"));
        newer.Artefact("ho.json", Oversight("in-command"));
        var report = Path.Combine(repository.Root, "out", "diff.md");
        var written = CliRunner.Run(repository.Root, "diff", repository.Root, newer.Root, "--format", "markdown=" + report, "--no-findings");
        Assert.Equal(0, written.ExitCode);
        Assert.Contains("## Policy diff", File.ReadAllText(report), StringComparison.Ordinal);

        var refused = CliRunner.Run(repository.Root, "diff", repository.Root, newer.Root, "--format", "json=" + newer.FullPath("policies/diff.json"), "--no-findings");
        Assert.Equal(2, refused.ExitCode);
        Assert.False(File.Exists(newer.FullPath("policies/diff.json")));
    }

    private static string S(JsonObject json, string name) => json[name]!.GetValue<string>();

    private static JsonObject Oversight(string mode) =>
        Artefacts.Envelope("HumanOversight", "ho-ecg", "ecg")
            .With("decisions", new JsonArray(new JsonObject { ["id"] = "read", ["mode"] = mode, ["significantEffect"] = true }));
}
