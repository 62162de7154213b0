using System.Text;
using System.Text.Json;
using Policy.JsonSchema.Compilation;
using Policy.JsonSchema.Evaluation;
using Policy.JsonSchema.Text;

namespace Policy.JsonSchema.Keywords;

/// <summary>A set of allowed JSON values, compared by JSON equality (1 equals 1.0); strings compared without allocating.</summary>
internal sealed class AllowedValues
{
    private readonly JsonElement[] values;
    private readonly byte[][] strings;
    private readonly JsonElement[] others;

    public AllowedValues(IEnumerable<JsonElement> values)
    {
        this.values = values.Select(v => v.Clone()).ToArray();
        strings = this.values.Where(v => v.ValueKind == JsonValueKind.String).Select(v => Encoding.UTF8.GetBytes(v.GetString()!)).ToArray();
        others = this.values.Where(v => v.ValueKind != JsonValueKind.String).ToArray();
    }

    public IReadOnlyList<JsonElement> Values => values;

    public bool Contains(in JsonElement instance)
    {
        if (instance.ValueKind == JsonValueKind.String)
        {
            foreach (var candidate in strings)
            {
                if (instance.ValueEquals(candidate))
                {
                    return true;
                }
            }

            return false;
        }

        foreach (var candidate in others)
        {
            if (JsonElement.DeepEquals(instance, candidate))
            {
                return true;
            }
        }

        return false;
    }
}

/// <summary>enum: the instance equals one of the listed values.</summary>
internal sealed class EnumKeyword(string absoluteLocation, AllowedValues allowed) : Keyword("enum", absoluteLocation)
{
    public override int Cost => 0;

    public AllowedValues Allowed => allowed;

    public override bool Evaluate(in JsonElement instance, EvaluationContext context, Annotations? annotations)
    {
        if (allowed.Contains(instance))
        {
            return true;
        }

        if (context.Collecting)
        {
            context.Report(this, $"{Describe.Value(instance)} is not one of {Describe.List(allowed.Values.Select(Describe.Value))}");
        }

        return false;
    }
}

/// <summary>const: the instance equals the one given value.</summary>
internal sealed class ConstKeyword(string absoluteLocation, AllowedValues allowed) : Keyword("const", absoluteLocation)
{
    public override int Cost => 0;

    public AllowedValues Allowed => allowed;

    public override bool Evaluate(in JsonElement instance, EvaluationContext context, Annotations? annotations)
    {
        if (allowed.Contains(instance))
        {
            return true;
        }

        if (context.Collecting)
        {
            context.Report(this, $"must be {Describe.Value(allowed.Values[0])} but is {Describe.Value(instance)}");
        }

        return false;
    }
}
