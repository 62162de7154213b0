namespace Policy.Core.Findings;

/// <summary>
/// One problem found in a policy repository: a stable rule id, a severity,
/// a sentence saying what is wrong and what to do, and where. It sits on the artefact that must change;
/// <see cref="Related"/> points at the other artefacts involved.
/// </summary>
public sealed record Finding(string Rule, Severity Severity, string Message, SourceLocation Location)
{
    public IReadOnlyList<RelatedLocation> Related { get; init; } = [];

    /// <summary>Why the organisation changed this rule's severity (Governance <c>severityOverrides</c>), when it did.</summary>
    public string? SeverityJustification { get; init; }

    /// <summary>
    /// What the finding is about when that is not where it sits: a missing property's would-be pointer
    /// (the finding itself sits on the object). Used to recognise one root cause reported twice; not output.
    /// </summary>
    public string? SubjectPointer { get; init; }

    public string File => Location.File;

    public int Line => Location.Line;

    public int Column => Location.Column;

    public string Pointer => Location.Pointer;
}
