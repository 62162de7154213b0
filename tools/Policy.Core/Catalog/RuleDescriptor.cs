using Policy.Core.Findings;

namespace Policy.Core.Catalog;

/// <summary>
/// What a rule is, independent of any run: its stable id, family, default severity, a one-line
/// summary and the legal or guide source it comes from. Each id has a page at docs/rules/&lt;Id&gt;.md.
/// </summary>
public sealed record RuleDescriptor(string Id, string Family, Severity DefaultSeverity, string Summary, string Source)
{
    public string DocsPath => $"docs/rules/{Id}.md";

    /// <summary>
    /// Whether a finding of this rule, about a field's content, explains a schema error on the same value
    /// (one root cause, one finding: <c>OneRootCause</c>). The legal rules' do. Input, tool, approval and
    /// reference findings do not: a stale approval that points at a changed value does not explain that
    /// the value has the wrong type. Nor does the Governance gate's.
    /// </summary>
    public bool ExplainsContent { get; init; } = Family is not ("input" or "tool" or "approvals" or "references");
}
