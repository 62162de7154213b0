using System.Text.Json;
using Policy.JsonSchema.Compilation;
using Policy.JsonSchema.Evaluation;

namespace Policy.JsonSchema.Keywords;

/// <summary>allOf: the instance matches every schema.</summary>
internal sealed class AllOfKeyword(string absoluteLocation, SchemaNode[] schemas) : Keyword("allOf", absoluteLocation)
{
    public IReadOnlyList<SchemaNode> Schemas => schemas;

    public override IEnumerable<SchemaNode> InPlaceSchemas => schemas;

    public override bool Evaluate(in JsonElement instance, EvaluationContext context, Annotations? annotations)
    {
        var valid = true;
        for (var i = 0; i < schemas.Length; i++)
        {
            if (context.Collecting)
            {
                context.PushKeyword(i);
                valid &= schemas[i].Evaluate(instance, context, annotations);
                context.PopKeyword();
            }
            else if (!schemas[i].Evaluate(instance, context, annotations))
            {
                return false;
            }
        }

        return valid;
    }
}

/// <summary>anyOf: the instance matches at least one schema. On failure, the closest branch's errors.</summary>
internal sealed class AnyOfKeyword(string absoluteLocation, SchemaNode[] schemas) : Keyword("anyOf", absoluteLocation)
{
    public override IEnumerable<SchemaNode> InPlaceSchemas => schemas;

    public override bool Evaluate(in JsonElement instance, EvaluationContext context, Annotations? annotations)
    {
        var errors = context.Errors;
        context.Errors = null;
        var valid = false;
        for (var i = 0; i < schemas.Length; i++)
        {
            var branch = annotations is null ? null : context.RentAnnotations();
            if (schemas[i].Evaluate(instance, context, branch))
            {
                valid = true;
                if (annotations is null)
                {
                    break;
                }

                annotations.Merge(branch!);
            }

            context.ReturnAnnotations(branch);
        }

        context.Errors = errors;
        if (!valid && context.Collecting)
        {
            BranchReport.ReportClosest(this, schemas, instance, context, "anyOf");
        }

        return valid;
    }
}

/// <summary>oneOf: the instance matches exactly one schema.</summary>
internal sealed class OneOfKeyword(string absoluteLocation, SchemaNode[] schemas) : Keyword("oneOf", absoluteLocation)
{
    public override IEnumerable<SchemaNode> InPlaceSchemas => schemas;

    public override bool Evaluate(in JsonElement instance, EvaluationContext context, Annotations? annotations)
    {
        var errors = context.Errors;
        context.Errors = null;
        var matches = 0;
        var first = -1;
        var second = -1;
        for (var i = 0; i < schemas.Length; i++)
        {
            var branch = annotations is null ? null : context.RentAnnotations();
            if (schemas[i].Evaluate(instance, context, branch))
            {
                matches++;
                if (first < 0)
                {
                    first = i;
                    if (branch is not null)
                    {
                        annotations!.Merge(branch);
                    }
                }
                else if (second < 0)
                {
                    second = i;
                }
            }

            context.ReturnAnnotations(branch);
            if (matches > 1)
            {
                break;
            }
        }

        context.Errors = errors;
        if (matches == 1)
        {
            return true;
        }

        if (context.Collecting)
        {
            if (matches == 0)
            {
                BranchReport.ReportClosest(this, schemas, instance, context, "oneOf");
            }
            else
            {
                context.Report(this, $"matches more than one alternative of oneOf (branches {first} and {second}) but must match exactly one");
            }
        }

        return false;
    }
}

/// <summary>not: the instance must not match the schema.</summary>
internal sealed class NotKeyword(string absoluteLocation, SchemaNode schema) : Keyword("not", absoluteLocation)
{
    public override bool Evaluate(in JsonElement instance, EvaluationContext context, Annotations? annotations)
    {
        var errors = context.Errors;
        context.Errors = null;
        var matched = schema.Evaluate(instance, context, null);
        context.Errors = errors;
        if (matched && context.Collecting)
        {
            context.Report(this, "is not allowed: it matches the schema under \"not\"");
        }

        return !matched;
    }
}

/// <summary>if/then/else: when the instance matches "if" it must match "then", otherwise "else". Errors are the branch's own.</summary>
internal sealed class IfKeyword(string absoluteLocation, SchemaNode condition, SchemaNode? then, SchemaNode? otherwise) : Keyword("if", absoluteLocation)
{
    public override IEnumerable<SchemaNode> InPlaceSchemas => new[] { condition, then, otherwise }.OfType<SchemaNode>();

    public override bool Evaluate(in JsonElement instance, EvaluationContext context, Annotations? annotations)
    {
        if (then is null && otherwise is null && annotations is null)
        {
            return true; // "if" alone only matters for the annotations unevaluated* reads
        }

        var errors = context.Errors;
        context.Errors = null;
        var conditionAnnotations = annotations is null ? null : context.RentAnnotations();
        var holds = condition.Evaluate(instance, context, conditionAnnotations);
        context.Errors = errors;
        if (holds && conditionAnnotations is not null)
        {
            annotations!.Merge(conditionAnnotations);
        }

        context.ReturnAnnotations(conditionAnnotations);

        var branch = holds ? then : otherwise;
        if (branch is null)
        {
            return true;
        }

        if (!context.Collecting)
        {
            return branch.Evaluate(instance, context, annotations);
        }

        context.ReplaceKeyword(holds ? "then" : "else");
        var valid = branch.Evaluate(instance, context, annotations);
        context.ReplaceKeyword("if");
        return valid;
    }
}
