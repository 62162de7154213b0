// Runs one analyzer and one code fix over a source and a policy repository, applies the chosen action
// once, and compares the fixed source, the policy files (including any the fix adds) and the
// diagnostics that remain.
using System.Text;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;
using Microsoft.CodeAnalysis.Text;
using Policy.Analyzers.Tests.Infrastructure;

namespace Policy.Analyzers.Tests.CodeFixes;

internal sealed class FixCase
{
    public required string Source { get; init; }

    public required string FixedSource { get; init; }

    public PolicyRepo Policies { get; init; } = new();

    /// <summary>The action to apply, by equivalence key (for example "DataFlow:df-ecg-cloud").</summary>
    public string? EquivalenceKey { get; init; }

    /// <summary>Files the fix adds, with their full path.</summary>
    public List<(string Path, string Text)> AddedFiles { get; } = new();

    public List<DiagnosticResult> Expected { get; } = new();

    public List<DiagnosticResult> ExpectedAfterFix { get; } = new();

    public string? ExtraGlobalConfig { get; init; }

    /// <summary>The chosen action must not be offered: the source stays as it is.</summary>
    public bool ExpectNotOffered { get; init; }

    /// <summary>Run Fix All too (attribute fixes support it; the draft fix does not).</summary>
    public bool CheckFixAll { get; init; } = true;
}

internal static class VerifyFix<TAnalyzer, TCodeFix>
    where TAnalyzer : DiagnosticAnalyzer, new()
    where TCodeFix : CodeFixProvider, new()
{
    public static async Task RunAsync(FixCase fixCase)
    {
        var test = new CSharpCodeFixTest<TAnalyzer, TCodeFix, DefaultVerifier>
        {
            ReferenceAssemblies = TestReferences.None,
            CodeActionEquivalenceKey = fixCase.EquivalenceKey,
            NumberOfIncrementalIterations = fixCase.ExpectNotOffered ? 0 : 1,
            NumberOfFixAllIterations = fixCase.ExpectNotOffered ? 0 : 1,
            CodeFixTestBehaviors = fixCase.CheckFixAll ? CodeFixTestBehaviors.None : CodeFixTestBehaviors.SkipFixAllCheck,
        };
        var globalConfig = ("/.globalconfig", $"is_global = true\npolicy_analyzers.today = {PolicyRepo.Today}\n{fixCase.ExtraGlobalConfig}");
        foreach (var state in new[] { test.TestState, test.FixedState })
        {
            state.AdditionalReferences.AddRange(TestReferences.All);
            state.AnalyzerConfigFiles.Add(globalConfig);
            foreach (var file in fixCase.Policies.Files)
            {
                state.AdditionalFiles.Add(file);
            }
        }

        if (fixCase.AddedFiles.Count > 0)
        {
            test.CodeActionVerifier = (action, verifier) => VerifyAddedPaths(action, fixCase, verifier);
        }

        test.TestState.Sources.Add(fixCase.Source);
        test.FixedState.Sources.Add(fixCase.FixedSource);
        foreach (var file in fixCase.AddedFiles)
        {
            // The workspace names a document by its file name; where it is written is checked below.
            // The fix writes UTF-8, as the policy files are (names and notes are not ASCII).
            test.FixedState.AdditionalFiles.Add((Path.GetFileName(file.Path), SourceText.From(file.Text, Encoding.UTF8)));
        }
        test.ExpectedDiagnostics.AddRange(fixCase.Expected);
        test.FixedState.ExpectedDiagnostics.AddRange(fixCase.ExpectedAfterFix);
        await test.RunAsync();
    }

    private static void VerifyAddedPaths(CodeAction action, FixCase fixCase, IVerifier verifier)
    {
        var operations = action.GetOperationsAsync(CancellationToken.None).GetAwaiter().GetResult();
        var changed = operations.OfType<ApplyChangesOperation>().Single().ChangedSolution;
        var paths = changed.Projects.SelectMany(p => p.AdditionalDocuments).Select(d => d.FilePath).ToHashSet(StringComparer.Ordinal);
        foreach (var file in fixCase.AddedFiles)
        {
            verifier.True(paths.Contains(file.Path), $"the fix should add {file.Path}; the project's additional files are: {string.Join(", ", paths)}");
        }
    }
}
