using Policy.Core.Catalog;
using Policy.Core.Findings;
using Policy.Core.History;
using Policy.Core.Loading;
using Policy.Core.Model;
using Policy.Core.Rules;
using Policy.Core.Rules.Approvals;

namespace Policy.Core.Validation;

/// <summary>
/// `policy validate`: discover → load and schema-validate each file (in parallel) → model → repository
/// rules → the organisation's severity overrides → a report in deterministic order. With a catalogue
/// of one schema (<see cref="SchemaCatalog.ForSchemaFile"/>, `validate --schema`) and no rules, the same
/// pipeline validates any JSON files against that schema.
/// </summary>
public sealed class PolicyValidator
{
    private readonly RepositoryLayout layout;
    private readonly SchemaCatalog schemas;
    private readonly IReadOnlyList<IRepositoryRule> rules;
    private readonly IFileHistory? history;

    /// <param name="history">Earlier versions of files (Git), used to point a stale approval at what changed; null for none.</param>
    public PolicyValidator(RepositoryLayout layout, SchemaCatalog schemas, IReadOnlyList<IRepositoryRule> rules, IFileHistory? history = null)
    {
        this.layout = layout;
        this.schemas = schemas;
        this.rules = rules;
        this.history = history;
    }

    /// <param name="paths">Full paths of files or folders inside the repository.</param>
    public ValidationReport Validate(IReadOnlyList<string> paths, ValidationSettings settings)
    {
        var discovered = FileDiscovery.Discover(layout, paths);
        var loader = new ArtefactLoader(layout, schemas, settings.Parse);
        var outcomes = new ArtefactLoader.Outcome[discovered.Files.Count];
        Parallel.For(
            0,
            outcomes.Length,
            new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, settings.MaxParallelism) },
            i => outcomes[i] = loader.Load(discovered.Files[i]));

        var findings = new List<Finding>(discovered.Findings);
        findings.AddRange(outcomes.SelectMany(o => o.Findings));
        var artefacts = outcomes.Select(o => o.Artefact).OfType<Artefact>().ToList();
        return Validate(findings, [new RuleRun(artefacts, rules)], discovered.Files.Count + discovered.Findings.Count, outcomes.Count(o => o.SchemaChecked), settings);
    }

    /// <summary>
    /// The rules and the report for files already loaded (`policy diff` loads each file both sides share
    /// once). Each run's rules see only that run's artefacts: the diff runs the rules that read near the
    /// artefact they report on over the change's neighbourhood, the others over the whole side.
    /// </summary>
    /// <param name="loadFindings">The findings of discovery and of loading the files.</param>
    /// <param name="runs">The rules, split among sets of artefacts; every run must hold the same Governance (and its Approvals).</param>
    public ValidationReport Validate(IReadOnlyList<Finding> loadFindings, IReadOnlyList<RuleRun> runs, int filesChecked, int schemaChecked, ValidationSettings settings)
    {
        ArgumentOutOfRangeException.ThrowIfZero(runs.Count);
        var findings = new List<Finding>(loadFindings);
        var ruleSettings = new List<RuleSettings>();
        foreach (var run in runs)
        {
            var repository = new PolicyRepository(run.Artefacts, schemas.Taxonomy);
            var approvals = ApprovalStatusIndex.ForCli(repository, settings.Today, history);
            ruleSettings.Add(RuleSettings.From(approvals.Governance));
            findings.AddRange(RunRules(run.Rules, repository, ruleSettings[^1], approvals, settings.Today, settings.MaxParallelism));
        }

        var catalog = RepositoryRules.CatalogOf(rules);
        var (kept, overrides) = SeverityOverrides.Apply(OneRootCause.Apply(findings, catalog), ruleSettings[0]);
        return new ValidationReport(kept, filesChecked, schemaChecked, catalog)
        {
            Overrides = overrides,
        };
    }

    /// <summary>Some rules and the artefacts they are run on.</summary>
    public sealed record RuleRun(IReadOnlyList<Artefact> Artefacts, IReadOnlyList<IRepositoryRule> Rules);

    /// <summary>
    /// Runs the rules side by side (each reads the model and reports into the context's concurrent bag; the
    /// report is sorted afterwards, so it is the same whatever the number of threads).
    /// </summary>
    private IEnumerable<Finding> RunRules(IReadOnlyList<IRepositoryRule> rules, PolicyRepository repository, RuleSettings settings, ApprovalStatusIndex approvals, DateTime today, int maxParallelism)
    {
        var context = new RuleContext(repository, settings, today, history, approvals);
        var failures = new System.Collections.Concurrent.ConcurrentBag<Finding>();
        Parallel.ForEach(
            rules,
            new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, maxParallelism) },
            rule =>
            {
                repository.ForgetHandedOut();
                try
                {
                    rule.Check(context);
                }
                catch (Exception error) when (ToolRules.IsCheckFailure(error))
                {
                    // A rule bug must not hide the other rules' findings: say which rule failed, why, and on which file.
                    var at = repository.LastHandedOut is { } artefact ? artefact.At(string.Empty) : SourceLocation.StartOf(layout.Relative(layout.DefaultPolicyPath));
                    failures.Add(ToolRules.Failure("rule " + string.Join(", ", rule.Descriptors.Select(d => d.Id)), error, at));
                }
            });

        return context.Findings.Concat(failures);
    }
}
