namespace Policy.Core.Findings;

/// <summary>
/// What makes a finding the same finding from one run to the next: its rule, its file and the JSON
/// pointer of the value it is about. Not the line (lines move when text above changes) and not the
/// message (it quotes content hashes and dates that change with every edit). SARIF partial
/// fingerprints and `policy diff` (findings introduced and resolved) both use it.
/// </summary>
public static class FindingFingerprint
{
    public static string Of(Finding finding) =>
        $"{finding.Rule}|{finding.File}|{finding.SubjectPointer ?? finding.Pointer}";
}
