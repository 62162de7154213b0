// Reads the properties the analyzers attach to a diagnostic (the contract in DiagnosticPropertyNames).
using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Policy.Analyzers.Diagnostics;

namespace Policy.Analyzers.CodeFixes
{
    internal static class DiagnosticPropertyReader
    {
        public static string? Value(Diagnostic diagnostic, string name) =>
            diagnostic.Properties.TryGetValue(name, out var value) && !string.IsNullOrWhiteSpace(value) ? value!.Trim() : null;

        /// <summary>A list property, split, trimmed, without duplicates, in the analyzer's order.</summary>
        public static IReadOnlyList<string> List(Diagnostic diagnostic, string name) =>
            Value(diagnostic, name) is { } text
                ? text.Split(DiagnosticPropertyNames.ListSeparator).Select(s => s.Trim()).Where(s => s.Length > 0).Distinct(StringComparer.Ordinal).ToList()
                : (IReadOnlyList<string>)Array.Empty<string>();
    }
}
