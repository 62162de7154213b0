using Policy.Core.History;
using Policy.Core.Loading;

namespace Policy.Core.Diff;

/// <summary>
/// One side of a diff: a repository folder (the working tree, a folder given on the command line),
/// or a Git revision whose files are held in memory; the policy folder in it, and its schemas.
/// </summary>
/// <param name="Label">What reports call this side: a revision, "working tree" or a folder.</param>
/// <param name="History">Earlier versions of its files, for the findings of rules that read Git history; null for none.</param>
public sealed record DiffSource(string Label, RepositoryLayout Layout, string PolicyPath, IFileHistory? History = null)
{
    /// <summary>
    /// A Git revision's policy files, by repository-relative path, read from Git's objects and never
    /// written out: the side's folders (<see cref="RepositoryLayout.Root"/>, <see cref="PolicyPath"/>) are
    /// where its files would be, and are not read. Null for a side on disk.
    /// </summary>
    public IReadOnlyDictionary<string, byte[]>? Files { get; init; }

    /// <summary>
    /// For an older side read only in part: the repository-relative files that may differ from the newer
    /// side (Git says which). Its <see cref="Files"/> hold only those of them it has; every other file is the newer
    /// side's, byte for byte, so it is not read from Git. Null when the folder holds the whole side.
    /// </summary>
    public IReadOnlySet<string>? OnlyTheseDiffer { get; init; }

    /// <summary>
    /// For an older side with Git history: the repository-relative files whose history differs from the
    /// newer side's (a commit on one side only touched them); null when not known. Findings are then
    /// compared near these too, since a rule reading a file's own history may judge it differently.
    /// </summary>
    public IReadOnlySet<string>? HistoryDiffers { get; init; }
}

/// <summary>The knobs of one diff.</summary>
public sealed record DiffOptions
{
    public DateTime Today { get; init; } = DateTime.UtcNow.Date;

    /// <summary>Whether both sides are validated to list the findings the change brings and clears.</summary>
    public bool CompareFindings { get; init; } = true;

    public int MaxParallelism { get; init; } = Environment.ProcessorCount;

    /// <summary>How far rules read, overriding <see cref="Validation.RuleScopes.Hops"/>: only tests set it, to show a smaller neighbourhood is caught.</summary>
    internal int? ScopeHops { get; init; }

    /// <summary>The largest share of the repository the neighbourhood may hold before both sides are compared whole; tests raise it for small repositories.</summary>
    internal double ScopeLimit { get; init; } = 0.5;

    /// <summary>Told when each step of the diff ends, by name (`POLICY_TIMINGS=1` traces them); null for none.</summary>
    public Action<string>? StepDone { get; init; }

    /// <summary>Told why the findings were compared over the whole sides (null: over the change's neighbourhood); for tests.</summary>
    internal Action<string?>? ScopeChosen { get; init; }
}
