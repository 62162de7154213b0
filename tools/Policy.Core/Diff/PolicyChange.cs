namespace Policy.Core.Diff;

/// <summary>
/// One change of meaning between the two sides: the artefact (kind, id), where it is on the newer
/// side (file, line; the older side's for a removed artefact), the JSON pointer of the value, its
/// value before and after as canonical JSON (null when absent), and what it means for the committee.
/// </summary>
public sealed record PolicyChange(
    string Kind,
    string Id,
    string File,
    int Line,
    string Pointer,
    ChangeType Change,
    string? Before,
    string? After,
    DiffClass Class,
    string Reason);

/// <summary>An Approval that bound the older content of its target, which the change gave a new content hash; who must approve again.</summary>
public sealed record InvalidatedApproval(string Approval, string TargetKind, string TargetId, string File, IReadOnlyList<string> Roles)
{
    public string Target => $"{TargetKind} '{TargetId}'";
}

/// <summary>A finding one side has and the other has not (matched by <see cref="Findings.FindingFingerprint"/>).</summary>
public sealed record DiffFinding(string Rule, string Severity, string File, int Line, string Pointer, string Message);

/// <summary>What `policy diff` found: the ranked changes, the approvals they void, and the findings they bring or clear.</summary>
public sealed record PolicyDiffReport(
    string Base,
    string Head,
    IReadOnlyList<PolicyChange> Changes,
    IReadOnlyList<InvalidatedApproval> ApprovalsInvalidated,
    IReadOnlyList<DiffFinding> FindingsIntroduced,
    IReadOnlyList<DiffFinding> FindingsResolved)
{
    /// <summary>Whether findings were compared at all (false with `--no-findings`).</summary>
    public bool FindingsCompared { get; init; } = true;

    /// <summary>True when nothing the committee reviews changed.</summary>
    public bool IsEmpty => Changes.Count == 0 && ApprovalsInvalidated.Count == 0 && FindingsIntroduced.Count == 0 && FindingsResolved.Count == 0;

    public int Count(DiffClass value) => Changes.Count(c => c.Class == value);
}
