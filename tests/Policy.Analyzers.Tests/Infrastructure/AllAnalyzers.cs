using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Policy.Analyzers.Tests.Infrastructure;

internal static class AllAnalyzers
{
    /// <summary>Every analyzer the Policy.Analyzers assembly exports.</summary>
    public static IReadOnlyList<DiagnosticAnalyzer> Create() =>
        typeof(Policy.Analyzers.Diagnostics.Descriptors).Assembly.GetTypes()
            .Where(t => !t.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(t) && t.GetCustomAttribute<DiagnosticAnalyzerAttribute>() is not null)
            .OrderBy(t => t.Name, StringComparer.Ordinal)
            .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!)
            .ToList();
}
