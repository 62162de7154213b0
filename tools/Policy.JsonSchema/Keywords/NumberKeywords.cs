using System.Text.Json;
using Policy.JsonSchema.Compilation;
using Policy.JsonSchema.Evaluation;
using Policy.JsonSchema.Text;

namespace Policy.JsonSchema.Keywords;

/// <summary>minimum, maximum, exclusiveMinimum, exclusiveMaximum: bounds on a number.</summary>
internal sealed class BoundKeyword : Keyword
{
    public override int Cost => 0;

    private readonly JsonNumber limit;
    private readonly string limitText;
    private readonly bool lower;
    private readonly bool exclusive;

    public BoundKeyword(string name, string absoluteLocation, JsonElement limit)
        : base(name, absoluteLocation)
    {
        this.limit = JsonNumber.From(limit);
        limitText = limit.GetRawText();
        lower = name is "minimum" or "exclusiveMinimum";
        exclusive = name.StartsWith("exclusive", StringComparison.Ordinal);
    }

    public override bool Evaluate(in JsonElement instance, EvaluationContext context, Annotations? annotations)
    {
        if (instance.ValueKind != JsonValueKind.Number)
        {
            return true;
        }

        var comparison = JsonNumber.From(instance).CompareTo(limit);
        var ok = lower ? (exclusive ? comparison > 0 : comparison >= 0) : (exclusive ? comparison < 0 : comparison <= 0);
        if (!ok && context.Collecting)
        {
            var relation = (lower, exclusive) switch
            {
                (true, false) => "at least",
                (true, true) => "greater than",
                (false, false) => "at most",
                (false, true) => "less than",
            };
            context.Report(this, $"{instance.GetRawText()} is not {relation} {limitText}");
        }

        return ok;
    }
}

/// <summary>multipleOf: the number divided by the divisor is an integer.</summary>
internal sealed class MultipleOfKeyword(string absoluteLocation, JsonElement divisor) : Keyword("multipleOf", absoluteLocation)
{
    public override int Cost => 0;

    private readonly JsonNumber divisorValue = JsonNumber.From(divisor);
    private readonly string divisorText = divisor.GetRawText();

    public override bool Evaluate(in JsonElement instance, EvaluationContext context, Annotations? annotations)
    {
        if (instance.ValueKind != JsonValueKind.Number)
        {
            return true;
        }

        var value = JsonNumber.From(instance);
        bool ok;
        if (value.IsExact && divisorValue.IsExact && divisorValue.Exact != 0)
        {
            ok = value.Exact % divisorValue.Exact == 0;
        }
        else
        {
            var quotient = value.AsDouble / divisorValue.AsDouble;
            if (double.IsFinite(quotient))
            {
                ok = Math.Abs(quotient - Math.Round(quotient)) < 1e-9;
            }
            else
            {
                // Too big to divide: an integer is a multiple of any divisor that divides 1 (0.5, 0.25, 1...).
                var inverse = 1 / divisorValue.AsDouble;
                ok = Numbers.IsInteger(instance) && double.IsFinite(inverse) && Math.Floor(inverse) == inverse;
            }
        }

        if (!ok && context.Collecting)
        {
            context.Report(this, $"{instance.GetRawText()} is not a multiple of {divisorText}");
        }

        return ok;
    }
}
