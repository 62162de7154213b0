// Runs one analyzer over C# sources and a policy repository, with today fixed for determinism.
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace Policy.Analyzers.Tests.Infrastructure;

internal static class Verify<TAnalyzer>
    where TAnalyzer : DiagnosticAnalyzer, new()
{
    public static DiagnosticResult Diagnostic(string id) => new DiagnosticResult(id, DiagnosticSeverity.Warning);

    public static Task RunAsync(string source, PolicyRepo? policies = null, params DiagnosticResult[] expected) =>
        RunAsync(new[] { source }, policies, null, expected);

    public static async Task RunAsync(string[] sources, PolicyRepo? policies, string? extraGlobalConfig, params DiagnosticResult[] expected)
    {
        var test = new CSharpAnalyzerTest<TAnalyzer, DefaultVerifier>
        {
            ReferenceAssemblies = TestReferences.None,
        };
        test.TestState.AdditionalReferences.AddRange(TestReferences.All);
        foreach (var source in sources)
        {
            test.TestState.Sources.Add(source);
        }

        foreach (var file in (policies ?? new PolicyRepo()).Files)
        {
            test.TestState.AdditionalFiles.Add(file);
        }

        test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", $"is_global = true\npolicy_analyzers.today = {PolicyRepo.Today}\n{extraGlobalConfig}"));
        test.ExpectedDiagnostics.AddRange(expected);
        await test.RunAsync();
    }
}
