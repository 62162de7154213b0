using Policy.Core.History;
using Policy.Core.Loading;
using Policy.Core.Processes;
using Policy.Core.Tests.Fixtures;
using Policy.Core.Validation;

namespace Policy.Core.Tests.History;

/// <summary>Validating a checkout starts as many git processes for one stale approval as for many.</summary>
public sealed class GitProcessCountTests
{
    [GitFact]
    public void Git_processes_do_not_grow_with_the_stale_approvals()
    {
        var (one, oneFound) = ProcessesToValidate(staleApprovals: 1);
        var (six, sixFound) = ProcessesToValidate(staleApprovals: 6);

        Assert.Equal(1, oneFound);
        Assert.Equal(6, sixFound);
        Assert.Equal(one, six);
        Assert.InRange(six, 1, 4);
    }

    /// <returns>The git processes started, and how many stale approvals were located in the approved version.</returns>
    private static (int Processes, int Located) ProcessesToValidate(int staleApprovals)
    {
        using var repository = new TestRepository();
        Git.Init(repository);
        var oversights = Enumerable.Range(0, staleApprovals)
            .Select(i => (File: $"ecg/oversight-{i}.json", Artefact: Artefacts.Envelope("HumanOversight", $"ho-{i}").With("escalation", "to the head of cardiology")))
            .ToList();
        foreach (var (file, oversight) in oversights)
        {
            repository.Artefact(file, oversight);
            var id = oversight["id"]!.GetValue<string>();
            repository.Artefact($"approvals/{id}.json", Artefacts.Approval("apr-" + id, "HumanOversight", id, repository.HashOf("policies/" + file), ("Dr Paul Henry", "medical-lead"), ("Sofia Rossi", "ai-lead")));
        }

        Git.CommitAll(repository, "approved");
        foreach (var (file, oversight) in oversights)
        {
            repository.Artefact(file, oversight.With("escalation", "to the on-call physician"));
        }

        var counter = new CountingRunner();
        var layout = new RepositoryLayout(repository.Root, repository.FullPath("schemas"));
        var report = new PolicyValidator(layout, SchemaCatalog.Load(layout.SchemasDirectory), RepositoryRules.All, new GitFileHistory(repository.Root, runner: counter))
            .Validate([repository.Policies], new ValidationSettings { Today = TestRepository.Today });
        return (counter.Started, report.Findings.Count(f => f.Rule == "XR-APP-01" && f.Pointer == "/escalation"));
    }

    private sealed class CountingRunner : IProcessRunner
    {
        private int started;

        public int Started => started;

        public ProcessResult? Run(string program, IReadOnlyList<string> arguments, string? workingDirectory = null, byte[]? input = null, TimeSpan? timeout = null)
        {
            Interlocked.Increment(ref started);
            return SystemProcessRunner.Instance.Run(program, arguments, workingDirectory, input, timeout);
        }
    }
}
