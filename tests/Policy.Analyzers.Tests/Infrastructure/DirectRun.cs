// Runs analyzers over sources without the test verifier: for assertions on diagnostic properties and
// for the "never throws" sweep (AD0001) over every test source.
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace Policy.Analyzers.Tests.Infrastructure;

internal static class DirectRun
{
    public static async Task<ImmutableArray<Diagnostic>> RunAsync(
        IEnumerable<DiagnosticAnalyzer> analyzers, string[] sources, PolicyRepo? policies, string? extraGlobalConfig = null)
    {
        var trees = sources.Select((s, i) => CSharpSyntaxTree.ParseText(s, path: $"/0/Test{i}.cs")).ToList();
        var compilation = CSharpCompilation.Create(
            "Direct",
            trees,
            TestReferences.All,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        var additional = (policies ?? new PolicyRepo()).Files.Select(f => (AdditionalText)new InMemoryAdditionalText(f.Path, f.Text)).ToImmutableArray();
        var global = new Dictionary<string, string> { ["policy_analyzers.today"] = PolicyRepo.Today };
        foreach (var line in (extraGlobalConfig ?? string.Empty).Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            var parts = line.Split('=', 2);
            global[parts[0].Trim()] = parts[1].Trim();
        }

        var options = new AnalyzerOptions(additional, new GlobalOptionsProvider(global));
        var withAnalyzers = compilation.WithAnalyzers(analyzers.ToImmutableArray(), new CompilationWithAnalyzersOptions(options, null, concurrentAnalysis: true, logAnalyzerExecutionTime: false));
        return await withAnalyzers.GetAllDiagnosticsAsync();
    }

    private sealed class InMemoryAdditionalText : AdditionalText
    {
        private readonly SourceText text;

        public InMemoryAdditionalText(string path, string text)
        {
            Path = path;
            this.text = SourceText.From(text);
        }

        public override string Path { get; }

        public override SourceText GetText(CancellationToken cancellationToken = default) => text;
    }

    private sealed class GlobalOptionsProvider : AnalyzerConfigOptionsProvider
    {
        private readonly Options global;

        public GlobalOptionsProvider(Dictionary<string, string> values)
        {
            global = new Options(values);
        }

        public override AnalyzerConfigOptions GlobalOptions => global;

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => new Options(new());

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => new Options(new());

        private sealed class Options : AnalyzerConfigOptions
        {
            private readonly Dictionary<string, string> values;

            public Options(Dictionary<string, string> values)
            {
                this.values = values;
            }

            public override bool TryGetValue(string key, out string value) => values.TryGetValue(key, out value!);
        }
    }
}
