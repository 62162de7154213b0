namespace Policy.Cli;

/// <summary>The exit codes, the same for every verb (README, "The `policy` command").</summary>
public static class ExitCodes
{
    /// <summary>Nothing at or above the failing severity.</summary>
    public const int Clean = 0;

    /// <summary>Findings at or above the failing severity (`--fail-on`).</summary>
    public const int Findings = 1;

    /// <summary>The run could not proceed: bad usage, a missing path, a broken schema set, an unwritable output.</summary>
    public const int UsageOrIoError = 2;
}
