using Policy.JsonSchema.Keywords;
using Policy.JsonSchema.Text;

namespace Policy.JsonSchema.Compilation;

/// <summary>
/// Decides at compile time which properties an unevaluatedProperties keyword will see as evaluated,
/// when that can be known statically. If every property name any in-place subschema could evaluate
/// is also evaluated unconditionally (by the schema's own properties or by allOf/$ref members, which
/// must all pass), then "unevaluated" simply means "not one of those names", and validation needs no
/// annotation tracking at all: the common shape of closed objects built from a shared envelope.
/// </summary>
internal static class EvaluatedPropertiesAnalysis
{
    private const int MaxDepth = 32;

    /// <summary>The static replacement for the node's unevaluatedProperties, or null when it depends on the instance.</summary>
    public static StaticUnevaluatedPropertiesKeyword? TryMakeStatic(SchemaNode node, UnevaluatedPropertiesKeyword keyword)
    {
        var always = new Evaluated();
        if (!CollectAlways(node, always, new HashSet<SchemaNode>(), 0, keyword))
        {
            return null;
        }

        var possible = new Evaluated();
        if (!CollectPossible(node, possible, new HashSet<SchemaNode>(), 0, keyword))
        {
            return null;
        }

        if (possible.All && !always.All)
        {
            return null;
        }

        if (!always.All && (!possible.Names.IsSubsetOf(always.Names) || !possible.Patterns.Keys.All(always.Patterns.ContainsKey)))
        {
            return null;
        }

        return new StaticUnevaluatedPropertiesKeyword(
            keyword.AbsoluteLocation,
            keyword.Schema,
            always.All,
            new Utf8NameTable(always.Names.Order(StringComparer.Ordinal).ToList()),
            always.Patterns.Values.ToArray());
    }

    private sealed class Evaluated
    {
        public HashSet<string> Names { get; } = new(StringComparer.Ordinal);

        public Dictionary<string, PatternSchema> Patterns { get; } = new(StringComparer.Ordinal);

        public bool All { get; set; }
    }

    /// <summary>Names evaluated whenever the node passes. False when that cannot be known.</summary>
    private static bool CollectAlways(SchemaNode node, Evaluated into, HashSet<SchemaNode> seen, int depth, Keyword? skip)
    {
        if (depth > MaxDepth || !seen.Add(node))
        {
            return depth <= MaxDepth;
        }

        foreach (var keyword in node.Keywords)
        {
            if (ReferenceEquals(keyword, skip))
            {
                continue;
            }

            switch (keyword)
            {
                case PropertiesKeyword properties:
                    into.Names.UnionWith(properties.Names.Names);
                    break;
                case PatternPropertiesKeyword patterns:
                    foreach (var pattern in patterns.Patterns)
                    {
                        into.Patterns.TryAdd(pattern.Pattern, pattern);
                    }

                    break;
                case AdditionalPropertiesKeyword or UnevaluatedPropertiesKeyword:
                    into.All = true;
                    break;
                case AllOfKeyword allOf:
                    foreach (var member in allOf.Schemas)
                    {
                        if (!CollectAlways(member, into, seen, depth + 1, null))
                        {
                            return false;
                        }
                    }

                    break;
                case RefKeyword reference:
                    if (!CollectAlways(reference.Target, into, seen, depth + 1, null))
                    {
                        return false;
                    }

                    break;
            }
        }

        return true;
    }

    /// <summary>Every name any in-place subschema might evaluate. False when that cannot be known ($dynamicRef).</summary>
    private static bool CollectPossible(SchemaNode node, Evaluated into, HashSet<SchemaNode> seen, int depth, Keyword? skip)
    {
        if (depth > MaxDepth)
        {
            return false;
        }

        if (!seen.Add(node))
        {
            return true;
        }

        foreach (var keyword in node.Keywords)
        {
            if (ReferenceEquals(keyword, skip))
            {
                continue;
            }

            var ok = keyword switch
            {
                PropertiesKeyword properties => Add(into, properties),
                PatternPropertiesKeyword patterns => Add(into, patterns),
                AdditionalPropertiesKeyword or UnevaluatedPropertiesKeyword => into.All = true,
                DynamicRefKeyword => false,
                _ => keyword.InPlaceSchemas.All(child => CollectPossible(child, into, seen, depth + 1, null)),
            };
            if (!ok)
            {
                return false;
            }
        }

        return true;
    }

    private static bool Add(Evaluated into, PropertiesKeyword properties)
    {
        into.Names.UnionWith(properties.Names.Names);
        return true;
    }

    private static bool Add(Evaluated into, PatternPropertiesKeyword patterns)
    {
        foreach (var pattern in patterns.Patterns)
        {
            into.Patterns.TryAdd(pattern.Pattern, pattern);
        }

        return true;
    }
}
