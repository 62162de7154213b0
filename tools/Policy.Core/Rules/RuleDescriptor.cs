using Policy.Core.Findings;

namespace Policy.Core.Rules;

/// <summary>
/// What a rule is, independent of any run: its stable id, family, default severity, a one-line
/// summary and the legal or guide source it comes from. Each id has a page at docs/rules/&lt;Id&gt;.md.
/// </summary>
public sealed record RuleDescriptor(string Id, string Family, Severity DefaultSeverity, string Summary, string Source)
{
    public string DocsPath => $"docs/rules/{Id}.md";
}
