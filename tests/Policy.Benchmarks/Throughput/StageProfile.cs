using System.Text.Json;
using Policy.Core.Findings;
using Policy.Core.Formatting;
using Policy.Core.Loading;
using Policy.Core.Model;
using Policy.Core.Rules;
using Policy.Core.Rules.Approvals;
using Policy.Core.Validation;
using Policy.JsonSchema;

namespace Policy.Benchmarks.Throughput;

/// <summary>
/// `profile --root DIR [--iterations 5]`: where the time of `policy validate` goes, stage by stage,
/// in a warm process (each stage on one thread, from the previous stage's output), then the whole
/// validator in-process on one thread and in parallel, so start-up cost can be told apart.
/// </summary>
public static class StageProfile
{
    public static int Run(Arguments arguments)
    {
        var (layout, policies) = GeneratedSet.From(arguments);
        var iterations = arguments.Number("iterations", 5);
        var today = DateTime.UtcNow.Date;

        var catalog = default(SchemaCatalog);
        var compile = Timing.Median(iterations, () => catalog = SchemaCatalog.Load(layout.SchemasDirectory));
        var files = FileDiscovery.Discover(layout, [policies]).Files;
        var n = files.Count;
        Console.WriteLine($"{n} files under {policies}, {Environment.ProcessorCount} cores, median of {iterations}; stages on 1 thread");
        Console.WriteLine(Timing.Line("schema set load + compile (once per run)", compile, n));
        Console.WriteLine(Timing.Line("discovery (FileDiscovery.Discover)", Timing.Median(iterations, () => FileDiscovery.Discover(layout, [policies])), n));

        Console.WriteLine(Timing.Line("  floor: Directory.EnumerateFiles + sort", Timing.Median(iterations, () => Timing.JsonFiles(policies)), n));

        var bytes = new byte[n][];
        Console.WriteLine(Timing.Line("read (File.ReadAllBytes)", Timing.Median(iterations, () =>
        {
            for (var i = 0; i < n; i++)
            {
                bytes[i] = File.ReadAllBytes(files[i]);
            }
        }), n));

        Console.WriteLine(Timing.Line("strict parse (JsonSourceDocument.Parse)", Timing.Median(iterations, () =>
        {
            foreach (var b in bytes)
            {
                JsonSourceDocument.Parse(b).Dispose();
            }
        }), n));

        var documents = bytes.Select(b => JsonSourceDocument.Parse(b)).ToArray();
        var schemas = documents.Select(d => catalog!.ForKind(d.Root.GetProperty("kind").GetString()!)!.Schema).ToArray();
        Console.WriteLine(Timing.Line("schema validation (Schema.Validate)", Timing.Median(iterations, () =>
        {
            for (var i = 0; i < n; i++)
            {
                schemas[i].Validate(documents[i].Root);
            }
        }), n));

        var artefacts = Array.Empty<Artefact>();
        Console.WriteLine(Timing.Line("content hash (RFC 8785 + SHA-256)", Timing.Median(iterations, () =>
        {
            artefacts = documents.Select((d, i) => new Artefact(layout.Relative(files[i]), d)).ToArray();
            foreach (var artefact in artefacts)
            {
                _ = artefact.ContentHash;
            }
        }), n));

        var findings = new List<Finding>();
        Console.WriteLine(Timing.Line("model + repository rules (hashes already computed)", Timing.Median(iterations, () =>
        {
            var repository = new PolicyRepository(artefacts, catalog!.Taxonomy);
            var approvals = new ApprovalStatusIndex(repository, today);
            var context = new RuleContext(repository, RuleSettings.From(approvals.Governance), today, approvals: approvals);
            foreach (var rule in RepositoryRules.All)
            {
                rule.Check(context);
            }

            findings = context.Findings.ToList();
        }), n));

        foreach (var rule in RepositoryRules.All)
        {
            Console.WriteLine(Timing.Line($"  of which {rule.GetType().Name} (with model)", Timing.Median(iterations, () =>
            {
                var repository = new PolicyRepository(artefacts, catalog!.Taxonomy);
                var approvals = new ApprovalStatusIndex(repository, today);
                rule.Check(new RuleContext(repository, RuleSettings.From(approvals.Governance), today, approvals: approvals));
            }), n));
        }

        Console.WriteLine(Timing.Line("  of which the model alone (PolicyRepository)", Timing.Median(iterations, () => new PolicyRepository(artefacts, catalog!.Taxonomy)), n));

        var report = new ValidationReport(findings, n, n, RepositoryRules.Catalog);
        var tool = new ToolInfo("policy", "bench", null);
        foreach (var format in ReportFormatters.Names)
        {
            Console.WriteLine(Timing.Line($"format {format} ({findings.Count} findings)", Timing.Median(iterations, () =>
                ReportFormatters.Create(format, tool)!.Write(report, new StringWriter())), n));
        }

        var validator = new PolicyValidator(layout, catalog!, RepositoryRules.All);
        foreach (var threads in new[] { 1, Environment.ProcessorCount })
        {
            var settings = new ValidationSettings { Today = today, MaxParallelism = threads };
            Console.WriteLine(Timing.Line($"PolicyValidator.Validate, warm, {threads} thread(s)", Timing.Median(iterations, () => validator.Validate([policies], settings)), n));
        }

        foreach (var document in documents)
        {
            document.Dispose();
        }

        return 0;
    }
}
