using System.Text.Json;
using Policy.JsonSchema.Compilation;
using Policy.JsonSchema.Evaluation;

namespace Policy.JsonSchema.Keywords;

/// <summary>$ref: the instance matches the referenced schema (resolved once, at compile time).</summary>
internal sealed class RefKeyword(string absoluteLocation, SchemaNode target) : Keyword("$ref", absoluteLocation)
{
    public SchemaNode Target => target;

    public override IEnumerable<SchemaNode> InPlaceSchemas => new[] { target };

    public override bool Evaluate(in JsonElement instance, EvaluationContext context, Annotations? annotations) =>
        ReferenceDepth.Follow(this, target, instance, context, annotations);
}

/// <summary>
/// $dynamicRef: like $ref, but when the static target carries a $dynamicAnchor, the outermost schema
/// resource in the dynamic scope that declares the same $dynamicAnchor wins.
/// </summary>
internal sealed class DynamicRefKeyword(string absoluteLocation, SchemaNode target, string? dynamicAnchor) : Keyword("$dynamicRef", absoluteLocation)
{
    public override bool Evaluate(in JsonElement instance, EvaluationContext context, Annotations? annotations)
    {
        var resolved = target;
        if (dynamicAnchor is not null)
        {
            foreach (var resource in context.DynamicScope)
            {
                if (resource.DynamicNodes.TryGetValue(dynamicAnchor, out var node))
                {
                    resolved = node;
                    break;
                }
            }
        }

        return ReferenceDepth.Follow(this, resolved, instance, context, annotations);
    }
}

internal static class ReferenceDepth
{
    public static bool Follow(Keyword keyword, SchemaNode target, in JsonElement instance, EvaluationContext context, Annotations? annotations)
    {
        if (context.ReferenceDepth >= EvaluationContext.MaxReferenceDepth)
        {
            if (context.Collecting)
            {
                context.Report(keyword, $"references nest deeper than {EvaluationContext.MaxReferenceDepth} levels; the schema probably refers to itself without consuming the value");
            }

            return false;
        }

        context.ReferenceDepth++;
        var entered = target.Resource.DynamicAnchors is not null && context.EnterResource(target.Resource);
        var valid = target.Evaluate(instance, context, annotations);
        if (entered)
        {
            context.LeaveResource();
        }

        context.ReferenceDepth--;
        return valid;
    }
}
