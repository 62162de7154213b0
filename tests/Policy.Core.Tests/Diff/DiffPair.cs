using System.Text.Json.Nodes;
using Policy.Core.Diff;
using Policy.Core.Loading;
using Policy.Core.Tests.Fixtures;

namespace Policy.Core.Tests.Diff;

/// <summary>Two throw-away repositories, the older and the newer side of a diff, compared as two folders.</summary>
internal sealed class DiffPair : IDisposable
{
    public TestRepository Old { get; } = new();

    public TestRepository New { get; } = new();

    /// <summary>Writes the same artefact on both sides.</summary>
    public void Both(string relative, JsonObject artefact)
    {
        Old.Artefact(relative, artefact);
        New.Artefact(relative, artefact);
    }

    public PolicyDiffReport Diff(bool findings = false) =>
        new PolicyDiffer().Diff(Source(Old, "old"), Source(New, "new"), new DiffOptions { Today = TestRepository.Today, CompareFindings = findings });

    public static DiffSource Source(TestRepository repository, string label)
    {
        var layout = new RepositoryLayout(repository.Root, repository.FullPath("schemas"));
        return new DiffSource(label, layout, repository.Policies);
    }

    public void Dispose()
    {
        Old.Dispose();
        New.Dispose();
    }
}
