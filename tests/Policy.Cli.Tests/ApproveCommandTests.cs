namespace Policy.Cli.Tests;

/// <summary>`policy approve`: writes a role holder's decision bound to the current hash, and refuses before writing anything otherwise.</summary>
public sealed class ApproveCommandTests : IDisposable
{
    private const string Notice = "policies/systems/ecg-assist/patient-notice.json";
    private const string NoticeApproval = "policies/approvals/pn-ecg-assist.approval.json";
    private const string Card = "policies/systems/ecg-assist/system-card.json";
    private readonly ExampleRepository repository = new(git: false);

    public void Dispose() => repository.Dispose();

    [Fact]
    public void A_holder_is_added_to_the_approval_of_the_same_content_and_it_stays_clean()
    {
        var result = repository.Policy("approve", Notice, "--role", "dpo", "--name", "Sarah Benali", "--email", "dpo-adjointe@chu-montreval.example");

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("added to " + NoticeApproval + ": Sarah Benali (dpo) approved PatientNotice 'pn-ecg-assist'", result.Out);
        var approvers = repository.ReadJson(NoticeApproval)["approvers"]!.AsArray();
        Assert.Equal(("Sarah Benali", "2026-11-25"), (approvers[^1]!["name"]!.GetValue<string>(), approvers[^1]!["decidedAt"]!.GetValue<string>()));
        Assert.Equal(0, repository.Policy("validate").ExitCode);
    }

    [Fact]
    public void Adding_to_an_existing_approval_keeps_the_users_formatting_and_only_inserts_the_entry()
    {
        // The user's own layout: four-space indent, CRLF line endings, non-ASCII letters escaped.
        var layout = new System.Text.Json.JsonSerializerOptions { WriteIndented = true, IndentSize = 4, NewLine = "\r\n" };
        var before = repository.ReadJson(NoticeApproval).ToJsonString(layout) + "\r\n";
        File.WriteAllText(repository.FullPath(NoticeApproval), before);

        var result = repository.Policy("approve", Notice, "--role", "dpo", "--name", "Sarah Benali", "--email", "dpo-adjointe@chu-montreval.example");

        Assert.Equal(0, result.ExitCode);
        Assert.DoesNotContain("rewritten", result.Out);
        var after = repository.Read(NoticeApproval);
        var prefix = 0;
        while (prefix < before.Length && before[prefix] == after[prefix])
        {
            prefix++;
        }

        var suffix = 0;
        while (suffix < before.Length - prefix && before[^(suffix + 1)] == after[^(suffix + 1)])
        {
            suffix++;
        }

        Assert.Equal(before.Length, prefix + suffix); // one insertion, nothing else touched
        var inserted = after[prefix..^suffix];
        Assert.Contains("\r\n            \"name\": \"Sarah Benali\"", inserted);
        Assert.DoesNotContain("\n", inserted.Replace("\r\n", string.Empty, StringComparison.Ordinal));
        Assert.Equal(0, repository.Policy("validate").ExitCode);
    }

    [Theory]
    [InlineData("Nadia Benali", "dpo@chu-montreval.example", "does not hold the dpo role in Governance 'chu-montreval-ai-governance' (it names Julien Rocher <dpo@chu-montreval.example> and Sarah Benali")]
    [InlineData("Julien Rocher", "julien@elsewhere.example", "Julien Rocher <julien@elsewhere.example> does not hold the dpo role")]
    [InlineData("Agnès Valette", "relations-usagers@chu-montreval.example", "Agnès Valette owns PatientNotice 'pn-ecg-assist' and cannot approve it (four-eyes rule)")]
    public void A_non_holder_or_the_owner_is_refused_and_nothing_is_written(string name, string email, string message)
    {
        var before = repository.Read(NoticeApproval);
        var result = repository.Policy("approve", Notice, "--role", "dpo", "--name", name, "--email", email);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains(message, result.Error);
        Assert.Equal(before, repository.Read(NoticeApproval));
    }

    [Fact]
    public void An_artefact_with_errors_is_refused()
    {
        repository.Edit(Card, o => o["outputsToMedicalRecord"] = "yes");
        var result = repository.Policy("approve", Card, "--role", "dpo", "--name", "Julien Rocher", "--email", "dpo@chu-montreval.example");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("error SCHEMA-01", result.Error);
        Assert.DoesNotContain(Directory.EnumerateFiles(repository.FullPath("policies/approvals")), f => f.EndsWith("ecg-assist-1.3.0.approval.json", StringComparison.Ordinal));
    }

    [Fact]
    public void A_new_version_gets_its_own_approval_beside_the_old_one_and_counts_once_every_role_approved()
    {
        var oldApproval = repository.Read("policies/approvals/ecg-assist.approval.json");
        repository.Edit(Card, o =>
        {
            o["version"] = "1.4.0";
            o["changeSummary"] = "Intended purpose narrowed to adults after the local validation.";
            o["intendedPurpose"] = "Interpretation support for resting 12-lead ECGs of adult patients.";
        });
        foreach (var (role, name, email) in new[]
        {
            ("ai-lead", "Thomas Nguyen", "referent-ia-adjoint@chu-montreval.example"), ("dpo", "Julien Rocher", "dpo@chu-montreval.example"),
            ("cio", "Olivier Lambert", "dsi@chu-montreval.example"), ("medical-lead", "Antoine Garnier", "president-cme@chu-montreval.example"),
        })
        {
            var result = repository.Policy("approve", Card, "--role", role, "--name", name, "--email", email);
            Assert.True(result.ExitCode == 0, result.Error);
        }

        var created = repository.ReadJson("policies/approvals/ecg-assist-1.4.0.approval.json");
        Assert.Equal(("apr-ecg-assist-v1-4-0", "1.4.0", 4), (created["id"]!.GetValue<string>(), created["target"]!["version"]!.GetValue<string>(), created["approvers"]!.AsArray().Count));
        Assert.Equal(oldApproval, repository.Read("policies/approvals/ecg-assist.approval.json"));
        var validate = repository.Policy("validate");
        Assert.DoesNotContain(": error ", validate.Out);
    }

    [Fact]
    public void A_conditional_decision_needs_a_condition_and_a_bad_decision_is_a_usage_error()
    {
        repository.Edit(Notice, o => o["version"] = "1.1.0");
        Assert.Equal(2, repository.Policy("approve", Notice, "--role", "dpo", "--name", "Julien Rocher", "--email", "dpo@chu-montreval.example", "--decision", "maybe").ExitCode);
        var missing = repository.Policy("approve", Notice, "--role", "dpo", "--name", "Julien Rocher", "--email", "dpo@chu-montreval.example", "--decision", "approved-with-conditions");
        Assert.Equal(1, missing.ExitCode);
        Assert.Contains("needs at least one --condition", missing.Error);
    }
}
