using System.Text.Json;
using Policy.JsonSchema.Evaluation;
using Policy.JsonSchema.Keywords;
using Policy.JsonSchema.Loading;

namespace Policy.JsonSchema.Compilation;

/// <summary>A compiled schema (object or boolean). Built once, immutable after compilation, shared by all validations.</summary>
internal sealed class SchemaNode
{
    private Keyword[] keywords = Array.Empty<Keyword>();
    private Keyword[]? staticKeywords;
    private bool ownAnnotations;
    private bool trackScope;
    private SchemaNode? forward;

    public SchemaNode(SchemaLocation location)
    {
        Location = location;
        Resource = location.Resource;
        AbsoluteLocation = location.AbsoluteLocation;
    }

    public SchemaLocation Location { get; }

    public SchemaResource Resource { get; }

    public string AbsoluteLocation { get; }

    /// <summary>true/false for boolean schemas, null for schema objects.</summary>
    public bool? BooleanValue { get; private set; }

    public IReadOnlyList<Keyword> Keywords => keywords;

    public void SetBoolean(bool value) => BooleanValue = value;

    public void SetKeywords(List<Keyword> compiled)
    {
        keywords = compiled.OrderBy(k => k.RunsLast ? int.MaxValue : k.Cost).ToArray(); // stable: document order within a class
        ownAnnotations = compiled.Any(k => k.RunsLast);
        trackScope = Resource.DynamicAnchors is not null;
    }

    /// <summary>
    /// Uses a statically resolved unevaluatedProperties when nobody above needs this node's annotations
    /// (and the node has no unevaluatedItems): then no annotation tracking happens at all.
    /// </summary>
    public void UseStaticUnevaluated(UnevaluatedPropertiesKeyword dynamic, Keyword replacement)
    {
        if (keywords.Any(k => k.RunsLast && !ReferenceEquals(k, dynamic)))
        {
            return;
        }

        staticKeywords = keywords.Select(k => ReferenceEquals(k, dynamic) ? replacement : k).ToArray();
    }

    /// <summary>
    /// For a node that is only a $ref (titles and descriptions aside): where the chain of such nodes ends.
    /// The fast path jumps there directly; error collection still walks the $ref for its keyword path.
    /// </summary>
    public void ForwardTo(SchemaNode target) => forward = target;

    /// <summary>The single $ref target when this node holds nothing else and no dynamic scope is involved.</summary>
    public SchemaNode? SoleReference =>
        keywords.Length == 1 && keywords[0] is RefKeyword reference && Resource.DynamicAnchors is null && reference.Target.Resource.DynamicAnchors is null
            ? reference.Target
            : null;

    public bool Evaluate(in JsonElement instance, EvaluationContext context, Annotations? annotations)
    {
        if (forward is not null && !context.Collecting)
        {
            return forward.Evaluate(instance, context, annotations);
        }

        if (BooleanValue is bool value)
        {
            if (!value && context.Collecting)
            {
                context.Report(new ValidationError(context.InstanceLocation, CurrentKeywordLocation(context), AbsoluteLocation, "false", "no value is allowed here (the schema is false)"));
            }

            return value;
        }

        var entered = trackScope && context.EnterResource(Resource);
        var items = keywords;
        var tracking = ownAnnotations;
        if (annotations is null && staticKeywords is not null)
        {
            items = staticKeywords;
            tracking = false;
        }

        var local = tracking ? context.RentAnnotations() : annotations;
        var valid = true;
        for (var i = 0; i < items.Length; i++)
        {
            var keyword = items[i];
            if (context.Collecting)
            {
                context.PushKeyword(keyword.Name);
                valid &= keyword.Evaluate(instance, context, local);
                context.PopKeyword();
            }
            else if (!keyword.Evaluate(instance, context, local))
            {
                valid = false;
                break;
            }
        }

        if (entered)
        {
            context.LeaveResource();
        }

        if (tracking)
        {
            if (valid && annotations is not null)
            {
                annotations.Merge(local!);
            }

            context.ReturnAnnotations(local);
        }

        return valid;
    }

    private static string CurrentKeywordLocation(EvaluationContext context)
    {
        // The keyword path is tracked by the callers; a false schema reports where it was reached.
        return context.KeywordLocation;
    }
}

/// <summary>A property whose value a branch pins with const or enum.</summary>
internal sealed record Discriminator(string Property, SchemaNode Schema);
