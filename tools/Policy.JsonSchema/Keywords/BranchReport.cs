using System.Text.Json;
using Policy.JsonSchema.Compilation;
using Policy.JsonSchema.Evaluation;
using Policy.JsonSchema.Text;

namespace Policy.JsonSchema.Keywords;

/// <summary>
/// What to say when no branch of anyOf/oneOf matches: the errors of the closest branch (the one whose
/// const/enum discriminators match, else the one with fewest errors), or one summary error when no
/// branch stands out. Dumping every branch's errors helps nobody.
/// </summary>
internal static class BranchReport
{
    public static void ReportClosest(Keyword keyword, SchemaNode[] schemas, JsonElement instance, EvaluationContext context, string name)
    {
        var discriminators = schemas.Select(s => Discriminators.Of(s)).ToArray();
        var discriminated = instance.ValueKind == JsonValueKind.Object && discriminators.Any(d => d.Count > 0);
        IEnumerable<int> candidates = Enumerable.Range(0, schemas.Length);
        if (discriminated)
        {
            candidates = candidates.Where(i => discriminators[i].Count > 0 && discriminators[i].All(d => d.Matches(instance, context))).ToList();
            if (!candidates.Any())
            {
                context.Report(keyword, DiscriminatorSummary(discriminators, instance, name, schemas.Length));
                return;
            }
        }

        var results = candidates.Select(i => (Index: i, Errors: Collect(schemas[i], i, instance, context))).ToList();
        var fewest = results.Min(r => r.Errors.Count);
        var closest = results.Where(r => r.Errors.Count == fewest).ToList();
        if (closest.Count == 1)
        {
            context.Errors!.AddRange(closest[0].Errors);
            return;
        }

        context.Report(keyword, Summary(results.Select(r => r.Errors).ToList(), instance, name, context.InstanceLocation, schemas.Length));
    }

    private static List<ValidationError> Collect(SchemaNode schema, int index, JsonElement instance, EvaluationContext context)
    {
        var saved = context.Errors;
        var errors = new List<ValidationError>();
        context.Errors = errors;
        context.PushKeyword(index);
        schema.Evaluate(instance, context, null);
        context.PopKeyword();
        context.Errors = saved;
        return errors;
    }

    private static string Summary(List<List<ValidationError>> branches, JsonElement instance, string name, string location, int count)
    {
        // Every branch only disagrees on the type: say which types would do.
        if (branches.All(b => b.Count == 1 && b[0].Keyword == "type" && b[0].InstanceLocation == location))
        {
            var expected = branches
                .Select(b => b[0].Message)
                .Select(m => m["expected ".Length..m.IndexOf(" but found ", StringComparison.Ordinal)])
                .Distinct()
                .ToList();
            return $"expected {Describe.Alternatives(expected)} but found {Describe.Kind(instance)}";
        }

        return $"does not match any of the {count} alternatives of {name}";
    }

    private static string DiscriminatorSummary(IReadOnlyList<IReadOnlyList<Discriminator>> discriminators, JsonElement instance, string name, int count)
    {
        var property = discriminators.Where(d => d.Count > 0).Select(d => d[0].Property).First();
        var allowed = discriminators
            .SelectMany(d => d.Where(x => x.Property == property))
            .SelectMany(d => d.AllowedValues())
            .Distinct()
            .ToList();
        var found = instance.TryGetProperty(property, out var value) ? $"is {Describe.Value(value)}" : "is missing";
        return $"matches none of the {count} alternatives of {name}: \"{property}\" {found}, expected one of {Describe.List(allowed)}";
    }
}

/// <summary>Finds the properties a branch pins with const or enum, through properties, allOf and $ref.</summary>
internal static class Discriminators
{
    public static IReadOnlyList<Discriminator> Of(SchemaNode schema)
    {
        var found = new List<Discriminator>();
        Collect(schema, found, 0);
        return found;
    }

    private static void Collect(SchemaNode schema, List<Discriminator> found, int depth)
    {
        if (depth > 4)
        {
            return;
        }

        foreach (var keyword in schema.Keywords)
        {
            switch (keyword)
            {
                case PropertiesKeyword properties:
                    for (var i = 0; i < properties.Names.Count; i++)
                    {
                        var property = properties.Schemas[i];
                        if (PinsValue(property, 0))
                        {
                            found.Add(new Discriminator(properties.Names.Names[i], property));
                        }
                    }

                    break;
                case RefKeyword reference:
                    Collect(reference.Target, found, depth + 1);
                    break;
                case AllOfKeyword allOf:
                    foreach (var member in allOf.Schemas)
                    {
                        Collect(member, found, depth + 1);
                    }

                    break;
            }
        }
    }

    private static bool PinsValue(SchemaNode schema, int depth) =>
        depth < 4 && schema.Keywords.Any(k => k is ConstKeyword or EnumKeyword || (k is RefKeyword r && PinsValue(r.Target, depth + 1)));

    public static bool Matches(this Discriminator discriminator, JsonElement instance, EvaluationContext context)
    {
        if (!instance.TryGetProperty(discriminator.Property, out var value))
        {
            return false;
        }

        var saved = context.Errors;
        context.Errors = null;
        var ok = discriminator.Schema.Evaluate(value, context, null);
        context.Errors = saved;
        return ok;
    }

    public static IEnumerable<string> AllowedValues(this Discriminator discriminator)
    {
        var schema = discriminator.Schema;
        for (var depth = 0; depth < 4; depth++)
        {
            foreach (var keyword in schema.Keywords)
            {
                if (keyword is ConstKeyword constant)
                {
                    return constant.Allowed.Values.Select(Describe.Value);
                }

                if (keyword is EnumKeyword enumeration)
                {
                    return enumeration.Allowed.Values.Select(Describe.Value);
                }
            }

            var next = schema.Keywords.OfType<RefKeyword>().FirstOrDefault();
            if (next is null)
            {
                break;
            }

            schema = next.Target;
        }

        return Array.Empty<string>();
    }
}
