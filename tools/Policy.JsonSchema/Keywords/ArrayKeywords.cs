using System.Text.Json;
using Policy.JsonSchema.Compilation;
using Policy.JsonSchema.Evaluation;
using Policy.JsonSchema.Text;

namespace Policy.JsonSchema.Keywords;

/// <summary>prefixItems: item i matches schema i.</summary>
internal sealed class PrefixItemsKeyword(string absoluteLocation, SchemaNode[] schemas) : Keyword("prefixItems", absoluteLocation)
{
    public int Count => schemas.Length;

    public override bool Evaluate(in JsonElement instance, EvaluationContext context, Annotations? annotations)
    {
        if (instance.ValueKind != JsonValueKind.Array)
        {
            return true;
        }

        var valid = true;
        var index = 0;
        foreach (var item in instance.EnumerateArray())
        {
            if (index == schemas.Length)
            {
                break;
            }

            if (context.Collecting)
            {
                context.PushKeyword(index);
                context.PushInstance(index);
                valid &= schemas[index].Evaluate(item, context, null);
                context.PopInstance();
                context.PopKeyword();
            }
            else if (!schemas[index].Evaluate(item, context, null))
            {
                return false;
            }

            index++;
        }

        annotations?.AddItemPrefix(index);
        return valid;
    }
}

/// <summary>items: every item after the prefixItems matches the schema.</summary>
internal sealed class ItemsKeyword(string absoluteLocation, SchemaNode schema, int prefix) : Keyword("items", absoluteLocation)
{
    public override bool Evaluate(in JsonElement instance, EvaluationContext context, Annotations? annotations)
    {
        if (instance.ValueKind != JsonValueKind.Array)
        {
            return true;
        }

        var valid = true;
        var index = 0;
        foreach (var item in instance.EnumerateArray())
        {
            if (index >= prefix)
            {
                if (schema.BooleanValue == false)
                {
                    if (!context.Collecting)
                    {
                        return false;
                    }

                    context.PushInstance(index);
                    context.Report(this, $"item {index} is not allowed: the array may have at most {prefix} {(prefix == 1 ? "item" : "items")}");
                    context.PopInstance();
                    valid = false;
                }
                else if (context.Collecting)
                {
                    context.PushInstance(index);
                    valid &= schema.Evaluate(item, context, null);
                    context.PopInstance();
                }
                else if (!schema.Evaluate(item, context, null))
                {
                    return false;
                }
            }

            index++;
        }

        annotations?.MarkAllItems();
        return valid;
    }
}

/// <summary>contains with minContains/maxContains: how many items match the schema.</summary>
internal sealed class ContainsKeyword(string absoluteLocation, SchemaNode schema, int minimum, int? maximum, string minimumLocation, string maximumLocation)
    : Keyword("contains", absoluteLocation)
{
    private readonly bool explicitMinimum = minimumLocation.Length > 0;

    public override bool Evaluate(in JsonElement instance, EvaluationContext context, Annotations? annotations)
    {
        if (instance.ValueKind != JsonValueKind.Array)
        {
            return true;
        }

        var collecting = context.Errors;
        context.Errors = null; // which items match is a question, not an error
        var matches = 0;
        var index = 0;
        foreach (var item in instance.EnumerateArray())
        {
            if (schema.Evaluate(item, context, null))
            {
                matches++;
                annotations?.AddItem(index);
                if (annotations is null && maximum is null && matches >= minimum)
                {
                    break;
                }
            }

            index++;
        }

        context.Errors = collecting;
        var ok = matches >= minimum && (maximum is null || matches <= maximum);
        if (!ok && context.Collecting)
        {
            if (matches < minimum)
            {
                var message = matches == 0
                    ? "the array has no item that matches the schema in \"contains\""
                    : $"the array has {matches} matching {(matches == 1 ? "item" : "items")}, fewer than the minimum of {minimum}";
                if (explicitMinimum)
                {
                    context.ReportAs("minContains", minimumLocation, message);
                }
                else
                {
                    context.Report(this, message);
                }
            }
            else
            {
                context.ReportAs("maxContains", maximumLocation, $"the array has {matches} matching items, more than the maximum of {maximum}");
            }
        }

        return ok;
    }
}

/// <summary>minItems, maxItems, minProperties, maxProperties: how many entries a container has.</summary>
internal sealed class CountKeyword(string name, string absoluteLocation, long limit) : Keyword(name, absoluteLocation)
{
    public override int Cost => 0;

    private readonly bool minimum = name.StartsWith("min", StringComparison.Ordinal);
    private readonly bool arrays = name.EndsWith("Items", StringComparison.Ordinal);

    public override bool Evaluate(in JsonElement instance, EvaluationContext context, Annotations? annotations)
    {
        int count;
        if (arrays)
        {
            if (instance.ValueKind != JsonValueKind.Array)
            {
                return true;
            }

            count = instance.GetArrayLength();
        }
        else
        {
            if (instance.ValueKind != JsonValueKind.Object)
            {
                return true;
            }

            count = instance.GetPropertyCount();
        }

        var ok = minimum ? count >= limit : count <= limit;
        if (!ok && context.Collecting)
        {
            var noun = arrays ? (limit == 1 ? "item" : "items") : (limit == 1 ? "property" : "properties");
            context.Report(this, minimum ? $"has {count}, fewer than the minimum of {limit} {noun}" : $"has {count}, more than the maximum of {limit} {noun}");
        }

        return ok;
    }
}

/// <summary>uniqueItems: no two items are equal (JSON equality).</summary>
internal sealed class UniqueItemsKeyword(string absoluteLocation) : Keyword("uniqueItems", absoluteLocation)
{
    public override bool Evaluate(in JsonElement instance, EvaluationContext context, Annotations? annotations)
    {
        if (instance.ValueKind != JsonValueKind.Array)
        {
            return true;
        }

        var count = instance.GetArrayLength();
        for (var i = 0; i < count; i++)
        {
            var left = instance[i];
            for (var j = i + 1; j < count; j++)
            {
                if (JsonElement.DeepEquals(left, instance[j]))
                {
                    if (context.Collecting)
                    {
                        context.Report(this, $"items {i} and {j} are equal ({Describe.Value(left)}); items must be unique");
                    }

                    return false;
                }
            }
        }

        return true;
    }
}

/// <summary>unevaluatedItems: items no other keyword evaluated must match the schema.</summary>
internal sealed class UnevaluatedItemsKeyword(string absoluteLocation, SchemaNode schema) : Keyword("unevaluatedItems", absoluteLocation)
{
    public override bool RunsLast => true;

    public override bool Evaluate(in JsonElement instance, EvaluationContext context, Annotations? annotations)
    {
        if (instance.ValueKind != JsonValueKind.Array || annotations!.AllItems)
        {
            return true;
        }

        var valid = true;
        var index = 0;
        foreach (var item in instance.EnumerateArray())
        {
            if (!annotations.IsItemEvaluated(index))
            {
                if (schema.BooleanValue == false)
                {
                    if (!context.Collecting)
                    {
                        return false;
                    }

                    context.PushInstance(index);
                    context.Report(this, $"item {index} is not allowed here (unexpected item)");
                    context.PopInstance();
                    valid = false;
                }
                else if (context.Collecting)
                {
                    context.PushInstance(index);
                    valid &= schema.Evaluate(item, context, null);
                    context.PopInstance();
                }
                else if (!schema.Evaluate(item, context, null))
                {
                    return false;
                }
            }

            index++;
        }

        annotations.MarkAllItems();
        return valid;
    }
}
