using System.Text.Json;
using System.Text.RegularExpressions;
using Policy.JsonSchema.Compilation;
using Policy.JsonSchema.Evaluation;
using Policy.JsonSchema.Text;

namespace Policy.JsonSchema.Keywords;

/// <summary>minLength, maxLength: length in Unicode code points (not UTF-16 units).</summary>
internal sealed class LengthKeyword(string name, string absoluteLocation, long limit) : Keyword(name, absoluteLocation)
{
    public override int Cost => 0;

    private readonly bool minimum = name == "minLength";

    public override bool Evaluate(in JsonElement instance, EvaluationContext context, Annotations? annotations)
    {
        if (instance.ValueKind != JsonValueKind.String)
        {
            return true;
        }

        var length = StringValue.CodePoints(instance);
        var ok = minimum ? length >= limit : length <= limit;
        if (!ok && context.Collecting)
        {
            var unit = limit == 1 ? "character" : "characters";
            context.Report(this, minimum
                ? $"{Describe.Value(instance)} is shorter than {limit} {unit}"
                : $"{Describe.Value(instance)} is longer than {limit} {unit}");
        }

        return ok;
    }
}

/// <summary>pattern: the string matches the ECMA-262 regular expression somewhere (not anchored).</summary>
internal sealed class PatternKeyword(string absoluteLocation, string pattern, Regex regex) : Keyword("pattern", absoluteLocation)
{
    public override int Cost => 1;

    public override bool Evaluate(in JsonElement instance, EvaluationContext context, Annotations? annotations)
    {
        if (instance.ValueKind != JsonValueKind.String)
        {
            return true;
        }

        bool ok;
        string? failure = null;
        try
        {
            if (StringValue.TryGetRaw(instance, out var raw) && raw.Length <= StringValue.StackLimit)
            {
                Span<char> buffer = stackalloc char[raw.Length];
                ok = regex.IsMatch(StringValue.Decode(raw, buffer));
            }
            else
            {
                ok = regex.IsMatch(instance.GetString()!);
            }
        }
        catch (RegexMatchTimeoutException)
        {
            ok = false;
            failure = $"the pattern {Describe.Quote(pattern)} took too long to check {Describe.Value(instance)} (over {regex.MatchTimeout.TotalSeconds:0.###} s); simplify the pattern";
        }

        if (!ok && context.Collecting)
        {
            context.Report(this, failure ?? $"{Describe.Value(instance)} does not match the pattern {Describe.Quote(pattern)}");
        }

        return ok;
    }
}
