using System.Diagnostics;
using Policy.Core.History;
using Policy.Core.Loading;
using Policy.Core.Tests.Fixtures;
using Policy.Core.Validation;

namespace Policy.Core.Tests.History;

/// <summary>In a Git checkout, a stale approval points at the first value changed since the approved commit.</summary>
public sealed class StaleApprovalLocationTests : IDisposable
{
    private const string Target = "ecg/human-oversight.json";
    private readonly TestRepository repository = new();

    public void Dispose() => repository.Dispose();

    [Fact]
    public void Stale_approval_points_at_the_changed_value()
    {
        Directory.Delete(repository.FullPath(".git"));
        Git("init", "-q");
        var oversight = Artefacts.Envelope("HumanOversight", "ho-ecg").With("reviewActionsLogged", true).With("escalation", "to the head of cardiology");
        repository.Artefact(Target, oversight);
        var hash = repository.HashOf("policies/" + Target);
        repository.Artefact("approvals/ho.json", Artefacts.Approval("apr-ho", "HumanOversight", "ho-ecg", hash, ("Dr Paul Henry", "medical-lead"), ("Sofia Rossi", "ai-lead")));
        Git("add", "-A");
        Git("-c", "user.name=test", "-c", "user.email=test@example.invalid", "commit", "-qm", "approved");

        repository.Artefact(Target, oversight.With("escalation", "to the on-call physician"));
        var finding = Validate(new GitFileHistory(repository.Root)).Single("XR-APP-01");
        Assert.Equal("/escalation", finding.Pointer);
        Assert.Contains("first change since the approved version is at /escalation", finding.Message);
    }

    [Fact]
    public void Without_history_the_stale_approval_sits_on_the_whole_artefact()
    {
        var oversight = Artefacts.Envelope("HumanOversight", "ho-ecg").With("escalation", "to the head of cardiology");
        repository.Artefact(Target, oversight);
        var hash = repository.HashOf("policies/" + Target);
        repository.Artefact("approvals/ho.json", Artefacts.Approval("apr-ho", "HumanOversight", "ho-ecg", hash, ("Dr Paul Henry", "medical-lead"), ("Sofia Rossi", "ai-lead")));
        repository.Artefact(Target, oversight.With("escalation", "to the on-call physician"));
        var finding = Validate(new GitFileHistory(repository.Root)).Single("XR-APP-01");
        Assert.Equal(("", 1, 1), (finding.Pointer, finding.Line, finding.Column));
    }

    private ValidationReport Validate(IFileHistory history)
    {
        var layout = new RepositoryLayout(repository.Root, repository.FullPath("schemas"));
        return new PolicyValidator(layout, SchemaCatalog.Load(layout.SchemasDirectory), RepositoryRules.All, history)
            .Validate([repository.Policies], new ValidationSettings { Today = TestRepository.Today });
    }

    private void Git(params string[] arguments)
    {
        var start = new ProcessStartInfo("git") { WorkingDirectory = repository.Root, RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"git {string.Join(' ', arguments)}: {process.StandardError.ReadToEnd()}");
    }
}
