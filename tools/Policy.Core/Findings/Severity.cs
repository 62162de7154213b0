namespace Policy.Core.Findings;

/// <summary>How serious a finding is. Ordered: a higher value is more serious.</summary>
public enum Severity
{
    Note = 0,
    Warning = 1,
    Error = 2,
}

/// <summary>The lower-case names used on the command line, in JSON and in Governance overrides.</summary>
public static class SeverityNames
{
    public static string ToName(this Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "note",
    };

    public static bool TryParse(string? name, out Severity severity)
    {
        switch (name)
        {
            case "error":
                severity = Severity.Error;
                return true;
            case "warning":
                severity = Severity.Warning;
                return true;
            case "note":
                severity = Severity.Note;
                return true;
            default:
                severity = Severity.Note;
                return false;
        }
    }
}
