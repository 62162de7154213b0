using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Policy.Analyzers.Flow;
using Policy.Analyzers.Policies;
using Policy.Analyzers.Tests.Infrastructure;

namespace Policy.Analyzers.Tests.Policies;

public class SourcesPossibleTests
{
    private static readonly PolicyIndex EmptyIndex = new(Array.Empty<PolicyFile>(), PolicyOptionsFor());

    [Fact]
    public void A_compilation_without_fhir_annotations_or_classifications_is_skipped()
    {
        var references = TestReferences.All.Where(r => !(r.Display ?? string.Empty).Contains("Hl7.Fhir", StringComparison.Ordinal) && !(r.Display ?? string.Empty).Contains("Policy.Annotations", StringComparison.Ordinal));
        var compilation = CSharpCompilation.Create("plain", new[] { CSharpSyntaxTree.ParseText("class C { }") }, references);
        Assert.False(FlowRuleHost.SourcesPossible(compilation, EmptyIndex));
        Assert.True(FlowRuleHost.SourcesPossible(compilation.AddReferences(TestReferences.All), EmptyIndex));
    }

    private static PolicyOptions PolicyOptionsFor() =>
        PolicyOptions.Read(new EmptyOptions(), new DateTime(2026, 3, 1, 0, 0, 0, DateTimeKind.Utc));

    private sealed class EmptyOptions : Microsoft.CodeAnalysis.Diagnostics.AnalyzerConfigOptions
    {
        public override bool TryGetValue(string key, out string value)
        {
            value = string.Empty;
            return false;
        }
    }
}
