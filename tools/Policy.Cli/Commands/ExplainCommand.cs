using System.CommandLine;
using Policy.Core.Catalog;
using Policy.Core.Validation;

namespace Policy.Cli.Commands;

/// <summary>`policy explain ID`: a rule's docs page, in the terminal.</summary>
public sealed class ExplainCommand : Command
{
    public ExplainCommand(CliEnvironment environment)
        : base("explain", "Print a rule's documentation: what it checks, why, a failing and a passing example, how to configure it.")
    {
        Add(Rule);
        SetAction(result =>
        {
            var id = result.GetValue(Rule)!.Trim().ToUpperInvariant();
            if (RuleDocs.Find(id) is { } page)
            {
                environment.Out.Write(page);
                return ExitCodes.Clean;
            }

            var close = RepositoryRules.Catalog.All.Select(r => r.Id).Where(known => known.StartsWith(id.Split('-')[0], StringComparison.Ordinal)).Take(10).ToList();
            environment.Error.WriteLine($"policy explain: no rule '{id}'." + (close.Count > 0 ? $" Did you mean {string.Join(", ", close)}?" : " 'policy rules' lists them."));
            return ExitCodes.UsageOrIoError;
        });
    }

    internal Argument<string> Rule { get; } = new("id") { Description = "A rule id, e.g. XR-APP-01." };
}
