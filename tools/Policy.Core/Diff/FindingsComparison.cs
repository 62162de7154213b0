using System.Collections.Concurrent;
using Policy.Core.Findings;
using Policy.Core.Loading;
using Policy.Core.Model;
using Policy.Core.Rules;
using Policy.Core.Validation;

namespace Policy.Core.Diff;

/// <summary>
/// The findings the newer side has that the older had not, and those it resolved, by fingerprint, as
/// validating both sides whole gives them, for a fraction of the work:
/// <list type="bullet">
/// <item>a file both sides share (same path, same bytes) is read, parsed, schema-checked and hashed once,
/// and its outcome serves both sides (an Artefact holds nothing but its repository-relative path and content);</item>
/// <item>the rules that read only near the artefact they report on (<see cref="RuleScopes"/>: at most
/// d links) run on the files within 2d links of the change, on both sides. A finding on an artefact
/// within d links of the change sees all it reads there, so it is the whole side's; one farther out
/// sees, on both sides, the same unchanged files (and links) and cancels, as it does between whole
/// sides. The other rules run over each whole side, the files outside the neighbourhood parsed
/// without their schema (their load findings are the same on both sides and cancel).</item>
/// </list>
/// Both sides are validated whole (files still loaded once) when the change reaches what every rule
/// reads: the schemas or taxonomy, the Governance or what names it, a file that is not an artefact
/// with an id, a file that cannot be read, Git history that cannot be compared, or a neighbourhood
/// of more than half the repository.
/// </summary>
internal sealed class FindingsComparison
{
    private readonly SideFiles older;
    private readonly SideFiles newer;
    private readonly SchemaCatalog oldSchemas;
    private readonly SchemaCatalog newSchemas;
    private readonly bool sameSchemas;
    private readonly FileEnvelopes envelopes;
    private readonly DiffOptions options;

    private FindingsComparison(SideFiles older, SideFiles newer, SchemaCatalog oldSchemas, SchemaCatalog newSchemas, bool sameSchemas, FileEnvelopes envelopes, DiffOptions options)
    {
        this.envelopes = envelopes;
        this.sameSchemas = sameSchemas;
        this.older = older;
        this.newer = newer;
        this.oldSchemas = oldSchemas;
        this.newSchemas = newSchemas;
        this.options = options;
    }

    /// <summary>What was compared: the whole sides (and why), or the neighbourhood of the change.</summary>
    public sealed record Result(IReadOnlyList<Finding> Introduced, IReadOnlyList<Finding> Resolved, string? WholeBecause, int FilesInScope);

    /// <param name="changed">The repository-relative files whose bytes differ between the sides (or that one side lacks).</param>
    /// <param name="oldSchemas">The older side's own catalogue, <paramref name="older"/>'s changed files loaded with it.</param>
    /// <param name="sameSchemas">Whether both sides' schema files are the same bytes.</param>
    /// <param name="envelopes">The files' envelopes the diff has read so far (the link graph reads the rest).</param>
    public static Result Compare(SideFiles older, SideFiles newer, IReadOnlyList<string> changed, SchemaCatalog oldSchemas, SchemaCatalog newSchemas, bool sameSchemas, FileEnvelopes envelopes, DiffOptions options) =>
        new FindingsComparison(older, newer, oldSchemas, newSchemas, sameSchemas, envelopes, options).Compare(changed, options.ScopeHops ?? RuleScopes.Hops);

    private Result Compare(IReadOnlyList<string> changed, int hops)
    {
        var changedSet = changed.ToHashSet(StringComparer.Ordinal);
        var shared = SharedLoads();
        var cache = new Cache(shared ? newer : null);
        var all = older.FullPaths.Keys.Concat(older.Bytes.Keys).Concat(newer.FullPaths.Keys).ToHashSet(StringComparer.Ordinal);
        var kinds = new Dictionary<string, string?>(StringComparer.Ordinal);
        var (scope, whole) = shared ? Neighbourhood(changedSet, all, hops, kinds) : (all, "the schemas differ");

        options.ScopeChosen?.Invoke(whole);
        options.StepDone?.Invoke("findings: neighbourhood found");
        var oldFindings = Validate(older, oldSchemas, scope, changedSet, cache, whole is not null, kinds);
        options.StepDone?.Invoke("findings: older side validated");
        var newFindings = Validate(newer, newSchemas, scope, changedSet, cache, whole is not null, kinds);
        options.StepDone?.Invoke("findings: newer side validated");
        var oldPrints = oldFindings.Select(FindingFingerprint.Of).ToHashSet(StringComparer.Ordinal);
        var newPrints = newFindings.Select(FindingFingerprint.Of).ToHashSet(StringComparer.Ordinal);
        return new Result(
            newFindings.Where(f => !oldPrints.Contains(FindingFingerprint.Of(f))).ToList(),
            oldFindings.Where(f => !newPrints.Contains(FindingFingerprint.Of(f))).ToList(),
            whole,
            scope.Count);
    }

    /// <summary>
    /// Whether a file both sides share loads to the same outcome on either: the same
    /// schemas for both, at the same place relative to each repository (a declared `$schema` resolves alike).
    /// </summary>
    private bool SharedLoads()
    {
        var (a, b) = (older.Source.Layout, newer.Source.Layout);
        return sameSchemas
            && (a.Contains(a.SchemasDirectory) && b.Contains(b.SchemasDirectory)
                ? a.Relative(a.SchemasDirectory) == b.Relative(b.SchemasDirectory)
                : !a.Contains(a.SchemasDirectory) && !b.Contains(b.SchemasDirectory) && a.SchemasDirectory == b.SchemasDirectory);
    }

    /// <summary>The files the rules must see on both sides, and why the whole sides when it comes to that.</summary>
    /// <param name="kinds">Filled with each file's kind as its envelope gives it (a file outside the scope is the same on both sides).</param>
    private (IReadOnlySet<string> Scope, string? WholeBecause) Neighbourhood(HashSet<string> changed, IReadOnlySet<string> all, int hops, Dictionary<string, string?> kinds)
    {
        if (older.Source.History is not null || newer.Source.History is not null)
        {
            if (older.Source.HistoryDiffers is not { } history)
            {
                return (all, "the two sides' Git histories were not compared");
            }

            // A rule reading a file's own history may judge it differently where the histories differ.
            changed.UnionWith(history.Where(all.Contains));
        }

        if (new[] { older, newer }.SelectMany(s => s.FullPaths.Keys.Where(f => !s.Bytes.ContainsKey(f))).FirstOrDefault() is { } unreadable)
        {
            return (all, $"'{unreadable}' cannot be read");
        }

        var sides = new[] { older, newer };
        var links = ArtefactLinks.Build([older.Bytes, newer.Bytes], envelopes, options.MaxParallelism);
        for (var i = 0; i < sides.Length; i++)
        {
            var envelopes = links.Envelopes[i];
            foreach (var (file, envelope) in envelopes)
            {
                kinds[file] = envelope.Kind;
            }

            var governance = envelopes.Values.Where(e => e.Kind == ArtefactKinds.Governance).ToList();
            foreach (var file in changed.Where(sides[i].Bytes.ContainsKey))
            {
                if (NotLocal(sides[i], envelopes, governance, file) is { } reason)
                {
                    return (all, reason);
                }
            }
        }

        // Every rule reads the Governance and what decides whether it is in force (its Approvals).
        var scope = new HashSet<string>(links.Around(links.Envelopes.SelectMany(e => e).Where(e => e.Value.Kind == ArtefactKinds.Governance).Select(e => e.Key).Distinct(), 1), StringComparer.Ordinal);
        scope.UnionWith(links.Around(changed.Where(f => sides.Any(s => s.Bytes.ContainsKey(f))), 2 * hops));
        return scope.Count > options.ScopeLimit * all.Count ? (all, $"the change reaches {scope.Count} of {all.Count} files") : (scope, null);
    }

    /// <summary>Why a changed file makes the whole sides the scope; null when its reach is its links.</summary>
    /// <param name="governance">The side's Governance envelopes.</param>
    private static string? NotLocal(SideFiles side, IReadOnlyDictionary<string, FileEnvelope> envelopes, IReadOnlyList<FileEnvelope> governance, string file)
    {
        if (!envelopes.TryGetValue(file, out var envelope) || side.Loaded.GetValueOrDefault(file) is { Artefact: null })
        {
            return $"'{file}' is not an artefact";
        }

        if (string.IsNullOrEmpty(envelope.Id))
        {
            return $"'{file}' has no id";
        }

        return governance.Any(g => ReferenceEquals(g, envelope) || ArtefactLinks.Linked(g, envelope)) ? $"'{file}' is or names the Governance" : null;
    }

    /// <summary>
    /// One side's findings: the files in scope loaded in full, the rest (those of the kinds the whole-repository rules read,
    /// <see cref="RuleScopes.KindsRead(IEnumerable{IRepositoryRule})"/>; a file whose kind is unknown among them) without their schema.
    /// </summary>
    private IReadOnlyList<Finding> Validate(SideFiles side, SchemaCatalog schemas, IReadOnlySet<string> scope, IReadOnlySet<string> changed, Cache cache, bool whole, IReadOnlyDictionary<string, string?> kinds)
    {
        var loader = new ArtefactLoader(side.Source.Layout, schemas, Policy.JsonSchema.JsonSourceOptions.Default);
        var files = side.FullPaths.Keys.Concat(side.Bytes.Keys).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var local = RepositoryRules.All.Where(r => RuleScopes.Of(r) == RuleScope.Neighbourhood).ToList();
        var global = whole ? [] : RepositoryRules.All.Where(r => RuleScopes.Of(r) == RuleScope.WholeRepository).ToList();
        var inScope = files.Where(scope.Contains).ToList();
        var read = RuleScopes.KindsRead(global);
        var outside = global.Count == 0 ? [] : files.Where(f => !scope.Contains(f) && (read is null || !kinds.TryGetValue(f, out var kind) || read.Contains(kind ?? string.Empty))).ToList();

        var outcomes = new ArtefactLoader.Outcome[inScope.Count];
        var parsed = new Artefact?[outside.Count];
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, options.MaxParallelism) };
        Parallel.For(0, inScope.Count, parallel, i => outcomes[i] = Outcome(side, loader, inScope[i], changed, cache));
        Parallel.For(0, outside.Count, parallel, i => parsed[i] = cache.Artefact(outside[i], () => Read(side, loader, outside[i])));

        var near = outcomes.Select(o => o.Artefact).OfType<Artefact>().ToList();
        var loadFindings = side.DiscoveryFindings.Concat(outcomes.SelectMany(o => o.Findings)).ToList();
        List<PolicyValidator.RuleRun> runs = whole
            ? [new(near, RepositoryRules.All)]
            : [new(near, local), .. global.Count == 0 ? Array.Empty<PolicyValidator.RuleRun>() : [new(near.Concat(parsed.OfType<Artefact>()).ToList(), global)]];
        var validator = new PolicyValidator(side.Source.Layout, schemas, RepositoryRules.All, side.Source.History);
        var settings = new ValidationSettings { Today = options.Today, MaxParallelism = options.MaxParallelism };
        return validator.Validate(loadFindings, runs, files.Count, outcomes.Count(o => o.SchemaChecked), settings).Findings;
    }

    private ArtefactLoader.Outcome Outcome(SideFiles side, ArtefactLoader loader, string file, IReadOnlySet<string> changed, Cache cache)
    {
        if (side.Loaded.TryGetValue(file, out var loaded))
        {
            return loaded;
        }

        // A file this side found but could not read is read again, for the finding that says why.
        var load = () => side.Bytes.TryGetValue(file, out var bytes) ? loader.Load(SidePath(side, file), bytes) : loader.Load(SidePath(side, file));
        return changed.Contains(file) ? load() : cache.Outcome(file, load);
    }

    private static Artefact? Read(SideFiles side, ArtefactLoader loader, string file) =>
        side.Bytes.TryGetValue(file, out var bytes) ? loader.ReadArtefact(SidePath(side, file), bytes) : null;

    /// <summary>Where the file is in this side's layout (which the findings and a declared `$schema` are relative to).</summary>
    private static string SidePath(SideFiles side, string file) =>
        side.FullPaths.GetValueOrDefault(file) ?? Path.GetFullPath(file, side.Source.Layout.Root);

    /// <summary>Outcomes of the files both sides share, loaded once when they load alike on both (<see cref="SharedLoads"/>).</summary>
    private sealed class Cache(SideFiles? loadsFor)
    {
        private readonly ConcurrentDictionary<string, Lazy<ArtefactLoader.Outcome>> outcomes = new(StringComparer.Ordinal);
        private readonly ConcurrentDictionary<string, Lazy<Artefact?>> artefacts = new(StringComparer.Ordinal);

        public ArtefactLoader.Outcome Outcome(string file, Func<ArtefactLoader.Outcome> load) =>
            loadsFor is null ? load() : outcomes.GetOrAdd(file, _ => new Lazy<ArtefactLoader.Outcome>(load)).Value;

        public Artefact? Artefact(string file, Func<Artefact?> read) =>
            loadsFor is null ? read() : artefacts.GetOrAdd(file, _ => new Lazy<Artefact?>(read)).Value;
    }
}
