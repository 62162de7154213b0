namespace Policy.Analyzers.Tests.Agreement;

/// <summary>What one side says of one artefact: approved or not, by which Approval, and every reason, word for word.</summary>
public sealed record ApprovalVerdict(string File, string Kind, string Id, bool Approved, string? ApprovalId, string Problems)
{
    public override string ToString() =>
        $"{File} {Kind} '{Id}': {(Approved ? "approved" : "NOT approved")} by {ApprovalId ?? "-"}{(Problems.Length == 0 ? string.Empty : "\n    " + Problems.Replace("\n", "\n    ", StringComparison.Ordinal))}";
}
