using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Policy.Analyzers.Flow;
using Policy.Analyzers.Health;
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

    [Fact]
    public void Without_a_fhir_reference_no_assembly_is_searched_for_fhir_types()
    {
        var compilation = CSharpCompilation.Create("plain", new[] { CSharpSyntaxTree.ParseText("class C { }") }, WithoutFhir());
        var anchors = CompilationAnchors.For(compilation);
        Assert.False(anchors.Has(KnownNames.FhirBase));
        Assert.Equal(0, anchors.AssembliesSearched);
    }

    [Fact]
    public void Fhir_types_are_looked_up_in_fhir_assemblies_only_and_once_per_compilation()
    {
        // A look-alike Hl7.Fhir.Model.Base in an assembly that is not a FHIR SDK is not searched.
        var lookAlike = CSharpCompilation.Create("Vendor.Models", new[] { CSharpSyntaxTree.ParseText("namespace Hl7.Fhir.Model { public class Base { } }") }, WithoutFhir(),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary)).ToMetadataReference();
        var plain = CSharpCompilation.Create("plain", new[] { CSharpSyntaxTree.ParseText("class C { }") }, WithoutFhir().Append(lookAlike));
        Assert.False(CompilationAnchors.For(plain).Has(KnownNames.FhirBase));

        var fhir = CSharpCompilation.Create("fhir", new[] { CSharpSyntaxTree.ParseText("class C { }") }, TestReferences.All);
        var anchors = CompilationAnchors.For(fhir);
        Assert.True(anchors.Has(KnownNames.FhirBase));
        var searched = anchors.AssembliesSearched;
        Assert.InRange(searched, 1, 3);
        Assert.True(anchors.Has(KnownNames.FhirBase));
        Assert.True(FlowRuleHost.SourcesPossible(fhir, EmptyIndex));
        Assert.Equal(searched, anchors.AssembliesSearched);
    }

    [Fact]
    public void Annotations_compiled_into_the_vendor_source_are_found_without_a_reference()
    {
        var source = "namespace Policy.Annotations { public sealed class HealthDataAttribute : System.Attribute { } }";
        var compilation = CSharpCompilation.Create("vendor", new[] { CSharpSyntaxTree.ParseText(source) }, WithoutFhir());
        Assert.True(FlowRuleHost.SourcesPossible(compilation, EmptyIndex));
    }

    private static IEnumerable<MetadataReference> WithoutFhir() =>
        TestReferences.All.Where(r => !(r.Display ?? string.Empty).Contains("Hl7.Fhir", StringComparison.Ordinal) && !(r.Display ?? string.Empty).Contains("Policy.Annotations", StringComparison.Ordinal));

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
