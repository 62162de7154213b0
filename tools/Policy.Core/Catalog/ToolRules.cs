using Policy.Core.Findings;

namespace Policy.Core.Catalog;

/// <summary>Findings about the run itself rather than the artefacts.</summary>
public static class ToolRules
{
    public static RuleDescriptor RuleFailed { get; } = new(
        "TOOL-01", "tool", Severity.Error,
        "A check could not finish on a file (reading, its schema or a rule); that check's findings may be missing. Please report it with the message.",
        "docs/format.md (How files are read)");

    public static IReadOnlyList<RuleDescriptor> All { get; } = [RuleFailed];

    /// <summary>
    /// A bug met while checking: the finding names the check and the error, sits on the file being checked,
    /// and fails the run, so nobody takes a partial check for a clean one.
    /// </summary>
    /// <param name="check">What failed, as a sentence subject: "checking this file", "rule XR-DF-02".</param>
    public static Finding Failure(string check, Exception error, SourceLocation at) =>
        new(RuleFailed.Id, RuleFailed.DefaultSeverity, $"{check} failed ({error.GetType().Name}: {error.Message}); its findings may be missing. Please report it with this message.", at);

    /// <summary>Exceptions that are bugs in a check; running out of memory or stack is not one to carry on from.</summary>
    public static bool IsCheckFailure(Exception error) => error is not (OutOfMemoryException or InsufficientExecutionStackException);
}
