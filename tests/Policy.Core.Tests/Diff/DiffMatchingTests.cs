using System.Text.Json.Nodes;
using Policy.Core.Diff;
using Policy.Core.Tests.Fixtures;

namespace Policy.Core.Tests.Diff;

/// <summary>What counts as a change: artefacts matched by kind and id, list items by key, values by canonical form.</summary>
public sealed class DiffMatchingTests : IDisposable
{
    private readonly DiffPair pair = new();

    public void Dispose() => pair.Dispose();

    [Fact]
    public void Reformatting_and_key_order_are_no_change()
    {
        var oversight = Oversight();
        pair.Old.Artefact("ho.json", oversight);
        var reordered = new JsonObject();
        foreach (var (name, value) in oversight.Reverse())
        {
            reordered[name] = value?.DeepClone();
        }

        pair.New.Artefact("ho.json", reordered);
        pair.New.Write("policies/ho.json", pair.New.FullPath("policies/ho.json") is var path ? File.ReadAllText(path).Replace("\n", "\n\n   ", StringComparison.Ordinal) : string.Empty);
        Assert.NotEqual(File.ReadAllText(pair.Old.FullPath("policies/ho.json")), File.ReadAllText(pair.New.FullPath("policies/ho.json")));
        Assert.True(pair.Diff().IsEmpty);
    }

    [Fact]
    public void Reordering_a_list_of_items_with_ids_or_of_values_is_no_change()
    {
        pair.Old.Artefact("ho.json", Oversight());
        var reordered = Oversight();
        reordered["decisions"] = new JsonArray(reordered["decisions"]!.AsArray().Reverse().Select(d => d!.DeepClone()).ToArray());
        reordered["codeRefs"] = new JsonArray("B", "A");
        pair.New.Artefact("ho.json", reordered);
        Assert.Empty(pair.Diff().Changes);
    }

    [Fact]
    public void Items_are_matched_by_id_not_position()
    {
        pair.Old.Artefact("ho.json", Oversight());
        var changed = Oversight();
        var decisions = changed["decisions"]!.AsArray();
        decisions.Insert(0, new JsonObject { ["id"] = "new-one", ["mode"] = "in-command" });
        decisions[2]!["mode"] = "none";
        pair.New.Artefact("ho.json", changed);
        var changes = pair.Diff().Changes;
        Assert.Equal(
            [("/decisions/0", ChangeType.Added, DiffClass.RaisesRisk), ("/decisions/2/mode", ChangeType.Modified, DiffClass.WeakensSafeguard)],
            changes.Select(c => (c.Pointer, c.Change, c.Class)).OrderBy(c => c.Pointer));
    }

    [Fact]
    public void Items_are_matched_by_the_key_the_schema_marks()
    {
        foreach (var side in new[] { pair.Old, pair.New })
        {
            side.WriteSchema("HumanOversight", new JsonObject { ["properties"] = new JsonObject { ["reviewers"] = new JsonObject { ["type"] = "array", [ListKeys.Keyword] = "role", ["items"] = new JsonObject { ["type"] = "object" } } } });
        }

        var old = Artefacts.Envelope("HumanOversight", "ho1").With("reviewers", JsonNode.Parse("""[{"role":"nurse","authorityToOverride":true},{"role":"cardiologist","authorityToOverride":true}]"""));
        var changed = Artefacts.Envelope("HumanOversight", "ho1").With("reviewers", JsonNode.Parse("""[{"role":"cardiologist","authorityToOverride":false},{"role":"nurse","authorityToOverride":true}]"""));
        pair.Old.Artefact("ho.json", old);
        pair.New.Artefact("ho.json", changed);
        var change = Assert.Single(pair.Diff().Changes);
        Assert.Equal(("/reviewers/0/authorityToOverride", DiffClass.WeakensSafeguard, "true", "false"), (change.Pointer, change.Class, change.Before, change.After));
    }

    [Fact]
    public void A_renamed_or_moved_file_is_a_move_not_a_removal_and_an_addition()
    {
        pair.Old.Artefact("ecg/ho.json", Oversight());
        pair.New.Artefact("systems/ecg/human-oversight.json", Oversight());
        var change = Assert.Single(pair.Diff().Changes);
        Assert.Equal((ChangeType.Moved, DiffClass.Editorial, "policies/systems/ecg/human-oversight.json", "\"policies/ecg/ho.json\""), (change.Change, change.Class, change.File, change.Before));
    }

    [Fact]
    public void A_moved_file_that_also_changed_shows_both()
    {
        pair.Old.Artefact("ecg/ho.json", Oversight());
        var changed = Oversight();
        changed["decisions"]![0]!["mode"] = "on-the-loop";
        pair.New.Artefact("systems/ecg/human-oversight.json", changed);
        Assert.Equal([ChangeType.Modified, ChangeType.Moved], pair.Diff().Changes.Select(c => c.Change).Order());
    }

    [Fact]
    public void Added_and_removed_artefacts_are_classed_by_their_kind_and_what_they_hold()
    {
        pair.Old.Artefact("ho.json", Oversight());
        pair.New.Artefact("flow.json", Artefacts.Envelope("DataFlow", "df-llm", "ecg").With("destination", JsonNode.Parse("""{"country":"US","storageCountries":["US"]}""")));
        var changes = pair.Diff().Changes;
        Assert.Contains(changes, c => (c.Id, c.Pointer, c.Change, c.Class) == ("df-llm", "", ChangeType.Added, DiffClass.RaisesRisk));
        Assert.Contains(changes, c => (c.Id, c.Pointer, c.Class) == ("df-llm", "/destination/storageCountries/0", DiffClass.RaisesRisk));
        Assert.Contains(changes, c => (c.Id, c.Pointer, c.Change, c.Class, c.File) == ("ho-ecg", "", ChangeType.Removed, DiffClass.WeakensSafeguard, "policies/ho.json"));
    }

    [Fact]
    public void Each_change_carries_the_line_of_its_value_on_the_newer_side()
    {
        pair.Old.Artefact("ho.json", Oversight());
        var changed = Oversight();
        changed["decisions"]![1]!["mode"] = "none";
        pair.New.Artefact("ho.json", changed);
        var change = Assert.Single(pair.Diff().Changes);
        var lines = File.ReadAllLines(pair.New.FullPath("policies/ho.json"));
        Assert.Contains("\"none\"", lines[change.Line - 1], StringComparison.Ordinal);
    }

    [Fact]
    public void A_change_voids_the_approval_of_the_older_content_and_names_the_roles_to_approve_again()
    {
        pair.Old.Artefact("ho.json", Oversight());
        var hash = pair.Old.HashOf("policies/ho.json");
        pair.Both("approvals/ho.json", Artefacts.Approval("apr-ho", "HumanOversight", "ho-ecg", hash, ("Dr Paul Henry", "medical-lead"), ("Sofia Rossi", "ai-lead")));
        var changed = Oversight();
        changed["decisions"]![0]!["mode"] = "on-the-loop";
        pair.New.Artefact("ho.json", changed);
        var invalidated = Assert.Single(pair.Diff().ApprovalsInvalidated);
        Assert.Equal(("apr-ho", "HumanOversight 'ho-ecg'"), (invalidated.Approval, invalidated.Target));
        Assert.Equal(["medical-lead", "ai-lead"], invalidated.Roles);
    }

    [Fact]
    public void Every_approval_of_the_older_content_is_voided_in_file_order_and_none_of_another_target_or_version()
    {
        pair.Old.Artefact("ho.json", Oversight());
        var hash = pair.Old.HashOf("policies/ho.json");
        pair.Both("approvals/b.json", Artefacts.Approval("apr-b", "HumanOversight", "ho-ecg", hash, ("Dr Paul Henry", "medical-lead")));
        pair.Both("approvals/a.json", Artefacts.Approval("apr-a", "HumanOversight", "ho-ecg", hash, ("Sofia Rossi", "ai-lead")));
        pair.Both("approvals/older.json", Artefacts.Approval("apr-older", "HumanOversight", "ho-ecg", "sha256:" + new string('0', 64), ("Sofia Rossi", "ai-lead")));
        pair.Both("approvals/other.json", Artefacts.Approval("apr-other", "DataFlow", "ho-ecg", hash, ("Sofia Rossi", "ai-lead")));
        var changed = Oversight();
        changed["decisions"]![0]!["mode"] = "on-the-loop";
        pair.New.Artefact("ho.json", changed);
        Assert.Equal(["apr-a", "apr-b"], pair.Diff().ApprovalsInvalidated.Select(a => a.Approval));
    }

    [Fact]
    public void Without_findings_the_changed_files_are_only_read_and_give_the_same_changes_and_voided_approvals()
    {
        pair.New.WriteSchema("HumanOversight", new JsonObject { ["required"] = new JsonArray("notThere") });
        pair.Old.Artefact("ho.json", Oversight());
        pair.Both("approvals/ho.json", Artefacts.Approval("apr-ho", "HumanOversight", "ho-ecg", pair.Old.HashOf("policies/ho.json"), ("Dr Paul Henry", "medical-lead")));
        var changed = Oversight();
        changed["decisions"]![0]!["mode"] = "on-the-loop";
        pair.New.Artefact("ho.json", changed);
        pair.New.Write("policies/broken.json", "{ \"kind\": ");

        var (read, loaded) = (pair.Diff(findings: false), pair.Diff(findings: true));
        Assert.Contains(loaded.FindingsIntroduced, f => f.Rule == "SCHEMA-01" && f.File == "policies/ho.json");
        Assert.Equal(loaded.Changes.Select(c => c.ToString()), read.Changes.Select(c => c.ToString()));
        Assert.Equal(loaded.ApprovalsInvalidated.Select(a => (a.Approval, a.Target, string.Join(",", a.Roles))), read.ApprovalsInvalidated.Select(a => (a.Approval, a.Target, string.Join(",", a.Roles))));
        Assert.Equal(DiffClass.WeakensSafeguard, Assert.Single(read.Changes).Class);
    }

    [Fact]
    public void The_roles_to_approve_again_follow_the_Governance_in_force()
    {
        pair.Both("governance.json", Governance());
        Assert.Equal(["medical-lead", "quality"], VoidedRoles(pair));
    }

    [Fact]
    public void An_approval_of_another_artefact_sharing_an_id_with_the_Governance_approval_still_counts_first()
    {
        // The kernel takes the first Approval of an id in file order: the earlier one, of an unchanged card, displaces the Governance's.
        pair.Both("governance.json", Governance());
        pair.Both("approvals/a-first.json", Artefacts.Approval("apr-governance", "SystemCard", "unchanged-card", "sha256:" + new string('1', 64), ("Sofia Rossi", "ai-lead")));
        using var unapproved = new DiffPair();
        unapproved.Old.ApproveGovernance = unapproved.New.ApproveGovernance = false;
        unapproved.Both("governance.json", Governance());
        var roles = VoidedRoles(pair);
        Assert.Equal(VoidedRoles(unapproved), roles);
        Assert.DoesNotContain("quality", roles);
    }

    [Fact]
    public void A_change_approved_again_in_the_same_change_voids_nothing()
    {
        pair.Old.Artefact("ho.json", Oversight());
        pair.Old.Artefact("approvals/ho.json", Artefacts.Approval("apr-ho", "HumanOversight", "ho-ecg", pair.Old.HashOf("policies/ho.json"), ("Dr Paul Henry", "medical-lead"), ("Sofia Rossi", "ai-lead")));
        var changed = Oversight();
        changed["decisions"]![0]!["mode"] = "on-the-loop";
        pair.New.Artefact("ho.json", changed);
        pair.New.Artefact("approvals/ho.json", Artefacts.Approval("apr-ho", "HumanOversight", "ho-ecg", pair.New.HashOf("policies/ho.json"), ("Dr Paul Henry", "medical-lead"), ("Sofia Rossi", "ai-lead")));
        Assert.Empty(pair.Diff().ApprovalsInvalidated);
    }

    [Fact]
    public void Findings_are_compared_by_fingerprint_both_ways()
    {
        pair.Both("ho.json", Oversight());
        pair.Old.Write("policies/broken.json", "{ \"kind\": ");
        pair.New.Write("policies/other.json", "{ \"kind\": \"SystemCard\", \"kind\": 1 }");
        var report = pair.Diff(findings: true);
        Assert.Equal(["JSON-02"], report.FindingsIntroduced.Select(f => f.Rule).Distinct());
        Assert.Equal(["JSON-01"], report.FindingsResolved.Select(f => f.Rule).Distinct());
        Assert.Equal("policies/broken.json", report.FindingsResolved[0].File);
    }

    private static JsonObject Governance() =>
        Artefacts.Envelope("Governance", "chu").With("approvalMatrix", JsonNode.Parse("""[ { "kind": "HumanOversight", "requiredRoles": ["medical-lead", "quality"] } ]"""));

    /// <summary>The roles the diff asks to approve a changed HumanOversight again.</summary>
    private static IReadOnlyList<string> VoidedRoles(DiffPair sides)
    {
        sides.Old.Artefact("ho.json", Oversight());
        sides.Both("approvals/ho.json", Artefacts.Approval("apr-ho", "HumanOversight", "ho-ecg", sides.Old.HashOf("policies/ho.json"), ("Dr Paul Henry", "medical-lead")));
        var changed = Oversight();
        changed["decisions"]![0]!["mode"] = "on-the-loop";
        sides.New.Artefact("ho.json", changed);
        return Assert.Single(sides.Diff().ApprovalsInvalidated).Roles;
    }

    private static JsonObject Oversight() =>
        Artefacts.Envelope("HumanOversight", "ho-ecg", "ecg")
            .With("decisions", JsonNode.Parse("""[{"id":"prioritise","mode":"in-the-loop","significantEffect":true},{"id":"flag","mode":"on-the-loop","significantEffect":false}]"""))
            .With("codeRefs", new JsonArray("A", "B"));
}
