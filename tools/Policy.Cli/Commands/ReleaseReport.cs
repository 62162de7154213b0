using System.Reflection;
using Policy.Core.Findings;
using Policy.Core.Formatting;
using Policy.Core.Releasing;
using Policy.Core.Rules;
using Policy.Core.Validation;

namespace Policy.Cli.Commands;

/// <summary>How `policy release` and `policy verify` report: findings in the usual formats on standard output, the verdict on standard error.</summary>
internal static class ReleaseReport
{
    public static string ToolVersion() =>
        typeof(ReleaseReport).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0.0.0";

    public static bool IsFormat(string format) => ReportFormatters.Names.Contains(format);

    public static int Write(CliEnvironment environment, string verb, string format, ReleaseOutcome outcome)
    {
        if (outcome.Refused)
        {
            environment.Error.WriteLine($"policy {verb}: {outcome.Message}");
            return ExitCodes.Findings;
        }

        if (outcome.Findings.Count > 0 || format != "text")
        {
            var files = outcome.Findings.Select(f => f.File).Distinct(StringComparer.Ordinal).Count();
            var report = new ValidationReport(outcome.Findings, outcome.Manifest?.Files.Count ?? files, outcome.Manifest?.Files.Count(f => f.Kind is not null) ?? files, RepositoryRules.Catalog);
            ReportFormatters.Create(format, new ToolInfo("policy", ToolVersion(), null))!.Write(report, environment.Out);
        }

        (outcome.Holds ? environment.Out : environment.Error).WriteLine(outcome.Message);
        return outcome.Holds ? ExitCodes.Clean : ExitCodes.Findings;
    }
}
