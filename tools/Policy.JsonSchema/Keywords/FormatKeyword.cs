using System.Text.Json;
using Policy.JsonSchema.Compilation;
using Policy.JsonSchema.Evaluation;
using Policy.JsonSchema.Formats;
using Policy.JsonSchema.Text;

namespace Policy.JsonSchema.Keywords;

/// <summary>format, asserted: a string must have the named form (only compiled when formats are asserted and known).</summary>
internal sealed class FormatKeyword(string absoluteLocation, FormatChecker checker) : Keyword("format", absoluteLocation)
{
    public override int Cost => 1;

    public override bool Evaluate(in JsonElement instance, EvaluationContext context, Annotations? annotations)
    {
        if (instance.ValueKind != JsonValueKind.String)
        {
            return true;
        }

        var text = instance.GetString()!;
        if (checker.IsValid(text))
        {
            return true;
        }

        if (context.Collecting)
        {
            context.Report(this, $"{Describe.Quote(text)} does not match {checker.Description}");
        }

        return false;
    }
}
