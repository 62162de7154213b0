using System.Text.Json.Nodes;
using Policy.Core.Findings;
using Policy.Core.Tests.Fixtures;

namespace Policy.Core.Tests.Rules.Drafts;

/// <summary>XR-DRAFT-01: each TODO marker is a warning at its value; a draft Governance not yet approved makes XR-GOV-01 a warning.</summary>
public sealed class UnfinishedDraftRuleTests : IDisposable
{
    private readonly TestRepository repository = new();

    public void Dispose() => repository.Dispose();

    [Fact]
    public void Each_marker_is_a_warning_at_its_value()
    {
        repository.Artefact("sys/system-card.json", Artefacts.SystemCard("sys", "anonymous")
            .With("summary", "TODO: say what it does")
            .With("x-todo", new JsonArray("TODO: /aiAct/riskClass is \"minimal\", a placeholder.")));
        var findings = repository.Validate().Findings.Where(f => f.Rule == "XR-DRAFT-01").ToList();
        Assert.Equal(["/summary", "/x-todo/0"], findings.Select(f => f.Pointer));
        Assert.All(findings, f => Assert.Equal(Severity.Warning, f.Severity));
        Assert.Contains("still says \"TODO: say what it does\"", findings[0].Message);
        Assert.Contains("remove this x-todo entry", findings[1].Message);
    }

    [Fact]
    public void A_marker_spelled_with_escapes_is_found_and_its_pointer_escaped()
    {
        // The raw text says \u0054ODO, not TODO: the rule must read the string's value, not its bytes.
        var card = Artefacts.SystemCard("sys", "anonymous").With("x-notes", new JsonObject { ["a/b~c"] = new JsonArray("done", "\u0001") });
        var text = card.ToJsonString().Replace("\\u0001", "\\u0054ODO: check", StringComparison.Ordinal);
        repository.Write("policies/sys/system-card.json", text);
        var finding = repository.Validate().Single("XR-DRAFT-01");
        Assert.Equal("/x-notes/a~1b~0c/1", finding.Pointer);
        Assert.Contains("still says \"TODO: check\"", finding.Message);
    }

    [Fact]
    public void Quiet_on_text_that_only_looks_like_a_marker()
    {
        repository.Artefact("sys/system-card.json", Artefacts.SystemCard("sys", "anonymous")
            .With("summary", "Keeps the todo list of the ward; TODOS and Mastodon are words too."));
        repository.Validate().None("XR-DRAFT-01");
    }

    [Fact]
    public void Draft_governance_without_approval_is_a_warning_and_a_finished_one_an_error()
    {
        repository.ApproveGovernance = false;
        repository.Artefact("governance.json", Artefacts.Envelope("Governance", "gov").With("title", "TODO: Title"));
        Assert.Equal(Severity.Warning, repository.Validate().Single("XR-GOV-01").Severity);

        repository.Artefact("governance.json", Artefacts.Envelope("Governance", "gov").With("title", "Governance of AI systems"));
        Assert.Equal(Severity.Error, repository.Validate().Single("XR-GOV-01").Severity);
    }

    [Fact]
    public void Draft_governance_whose_approval_does_not_hold_is_an_error()
    {
        repository.ApproveGovernance = false;
        repository.Artefact("governance.json", Artefacts.Envelope("Governance", "gov").With("title", "TODO: Title"));
        repository.Artefact("approvals/gov.json", Artefacts.Approval("apr-gov", "Governance", "gov", "sha256:" + new string('0', 64), ("Marc Durand", "controller")));
        Assert.Equal(Severity.Error, repository.Validate().Single("XR-GOV-01").Severity);
    }
}
