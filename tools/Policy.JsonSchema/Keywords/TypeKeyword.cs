using System.Text.Json;
using Policy.JsonSchema.Compilation;
using Policy.JsonSchema.Evaluation;
using Policy.JsonSchema.Text;

namespace Policy.JsonSchema.Keywords;

[Flags]
internal enum JsonTypes
{
    None = 0,
    Null = 1,
    Boolean = 2,
    Object = 4,
    Array = 8,
    Number = 16,
    String = 32,
    Integer = 64,
}

/// <summary>type: the instance's JSON type is one of the listed ones ("integer" means a number with no fraction).</summary>
internal sealed class TypeKeyword(string absoluteLocation, JsonTypes allowed, IReadOnlyList<string> names) : Keyword("type", absoluteLocation)
{
    public override int Cost => 0;

    public static JsonTypes Parse(string name) => name switch
    {
        "null" => JsonTypes.Null,
        "boolean" => JsonTypes.Boolean,
        "object" => JsonTypes.Object,
        "array" => JsonTypes.Array,
        "number" => JsonTypes.Number,
        "string" => JsonTypes.String,
        "integer" => JsonTypes.Integer,
        _ => JsonTypes.None,
    };

    public override bool Evaluate(in JsonElement instance, EvaluationContext context, Annotations? annotations)
    {
        var ok = instance.ValueKind switch
        {
            JsonValueKind.Object => (allowed & JsonTypes.Object) != 0,
            JsonValueKind.Array => (allowed & JsonTypes.Array) != 0,
            JsonValueKind.String => (allowed & JsonTypes.String) != 0,
            JsonValueKind.True or JsonValueKind.False => (allowed & JsonTypes.Boolean) != 0,
            JsonValueKind.Null => (allowed & JsonTypes.Null) != 0,
            JsonValueKind.Number => (allowed & JsonTypes.Number) != 0 || ((allowed & JsonTypes.Integer) != 0 && Numbers.IsInteger(instance)),
            _ => false,
        };
        if (!ok && context.Collecting)
        {
            var expected = names.Select(n => n switch
            {
                "null" => "null",
                "integer" => "an integer",
                "object" => "an object",
                "array" => "an array",
                _ => "a " + n,
            }).ToList();
            context.Report(this, $"expected {Describe.Alternatives(expected)} but found {Describe.Kind(instance)}");
        }

        return ok;
    }
}
