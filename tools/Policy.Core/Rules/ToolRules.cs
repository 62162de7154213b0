using Policy.Core.Findings;

namespace Policy.Core.Rules;

/// <summary>Findings about the run itself rather than the artefacts.</summary>
public static class ToolRules
{
    public static RuleDescriptor RuleFailed { get; } = new(
        "TOOL-01", "tool", Severity.Error,
        "A rule could not finish on this repository; its other findings may be missing. Please report it with the message.",
        "docs/format.md (How files are read)");

    public static IReadOnlyList<RuleDescriptor> All { get; } = [RuleFailed];
}
