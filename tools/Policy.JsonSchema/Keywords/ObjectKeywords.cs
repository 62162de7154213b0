using System.Text.Json;
using System.Text.RegularExpressions;
using Policy.JsonSchema.Compilation;
using Policy.JsonSchema.Evaluation;
using Policy.JsonSchema.Text;

namespace Policy.JsonSchema.Keywords;

/// <summary>properties: each named property, when present, matches its schema.</summary>
internal sealed class PropertiesKeyword(string absoluteLocation, Utf8NameTable names, SchemaNode[] schemas) : Keyword("properties", absoluteLocation)
{
    /// <summary>Up to this many names, looking each up beats enumerating the whole instance object.</summary>
    public const int DirectLookupLimit = 4;

    public Utf8NameTable Names => names;

    public IReadOnlyList<SchemaNode> Schemas => schemas;

    public override bool Evaluate(in JsonElement instance, EvaluationContext context, Annotations? annotations)
    {
        if (instance.ValueKind != JsonValueKind.Object)
        {
            return true;
        }

        if (annotations is null && names.Count <= DirectLookupLimit)
        {
            return EvaluateByLookup(instance, context);
        }

        var valid = true;
        var position = -1;
        foreach (var property in instance.EnumerateObject())
        {
            position++;
            var index = names.IndexOf(property);
            if (index < 0)
            {
                continue;
            }

            annotations?.AddProperty(position);
            var schema = schemas[index];
            if (context.Collecting)
            {
                var name = names.Names[index];
                context.PushKeyword(name);
                context.PushInstance(name);
                if (schema.BooleanValue == false)
                {
                    context.PopKeyword();
                    context.Report(this, $"property \"{name}\" is not allowed", keywordSuffix: "/" + JsonPointer.Escape(name));
                    context.PushKeyword(name);
                    valid = false;
                }
                else
                {
                    valid &= schema.Evaluate(property.Value, context, null);
                }

                context.PopInstance();
                context.PopKeyword();
            }
            else if (!schema.Evaluate(property.Value, context, null))
            {
                return false;
            }
        }

        return valid;
    }

    private bool EvaluateByLookup(JsonElement instance, EvaluationContext context)
    {
        var valid = true;
        for (var index = 0; index < names.Count; index++)
        {
            if (!instance.TryGetProperty(names.Utf8(index), out var value))
            {
                continue;
            }

            var schema = schemas[index];
            if (!context.Collecting)
            {
                if (!schema.Evaluate(value, context, null))
                {
                    return false;
                }

                continue;
            }

            var name = names.Names[index];
            context.PushKeyword(name);
            context.PushInstance(name);
            if (schema.BooleanValue == false)
            {
                context.PopKeyword();
                context.Report(this, $"property \"{name}\" is not allowed", keywordSuffix: "/" + JsonPointer.Escape(name));
                context.PushKeyword(name);
                valid = false;
            }
            else
            {
                valid &= schema.Evaluate(value, context, null);
            }

            context.PopInstance();
            context.PopKeyword();
        }

        return valid;
    }
}

/// <summary>A compiled patternProperties entry.</summary>
internal sealed record PatternSchema(string Pattern, Regex Regex, SchemaNode Schema)
{
    public bool Matches(ReadOnlySpan<char> name)
    {
        try
        {
            return Regex.IsMatch(name);
        }
        catch (RegexMatchTimeoutException)
        {
            return false;
        }
    }

    /// <summary>Whether any pattern matches the property's name, decoding it without allocating when possible.</summary>
    public static bool AnyMatches(PatternSchema[] patterns, JsonProperty property)
    {
        if (StringValue.TryGetRawName(property, out var raw) && raw.Length <= StringValue.StackLimit)
        {
            Span<char> buffer = stackalloc char[raw.Length];
            var name = StringValue.Decode(raw, buffer);
            foreach (var pattern in patterns)
            {
                if (pattern.Matches(name))
                {
                    return true;
                }
            }

            return false;
        }

        var text = property.Name;
        return patterns.Any(p => p.Matches(text));
    }
}

/// <summary>patternProperties: each property whose name matches a pattern matches that pattern's schema.</summary>
internal sealed class PatternPropertiesKeyword(string absoluteLocation, PatternSchema[] patterns) : Keyword("patternProperties", absoluteLocation)
{
    public IReadOnlyList<PatternSchema> Patterns => patterns;

    public override bool Evaluate(in JsonElement instance, EvaluationContext context, Annotations? annotations)
    {
        if (instance.ValueKind != JsonValueKind.Object)
        {
            return true;
        }

        var valid = true;
        var position = -1;
        Span<char> buffer = stackalloc char[StringValue.StackLimit];
        foreach (var property in instance.EnumerateObject())
        {
            position++;
            string? text = null;
            var name = StringValue.TryGetRawName(property, out var raw) && raw.Length <= StringValue.StackLimit
                ? StringValue.Decode(raw, buffer)
                : (text = property.Name).AsSpan();
            foreach (var pattern in patterns)
            {
                if (!pattern.Matches(name))
                {
                    continue;
                }

                annotations?.AddProperty(position);
                if (context.Collecting)
                {
                    text ??= property.Name;
                    context.PushKeyword(pattern.Pattern);
                    context.PushInstance(text);
                    valid &= pattern.Schema.Evaluate(property.Value, context, null);
                    context.PopInstance();
                    context.PopKeyword();
                }
                else if (!pattern.Schema.Evaluate(property.Value, context, null))
                {
                    return false;
                }
            }
        }

        return valid;
    }
}

/// <summary>additionalProperties: properties not named in properties nor matched by patternProperties match the schema.</summary>
internal sealed class AdditionalPropertiesKeyword(string absoluteLocation, SchemaNode schema, Utf8NameTable? names, PatternSchema[] patterns)
    : Keyword("additionalProperties", absoluteLocation)
{
    public override bool Evaluate(in JsonElement instance, EvaluationContext context, Annotations? annotations)
    {
        if (instance.ValueKind != JsonValueKind.Object)
        {
            return true;
        }

        var valid = true;
        foreach (var property in instance.EnumerateObject())
        {
            if (names is not null && names.IndexOf(property) >= 0)
            {
                continue;
            }

            if (patterns.Length > 0 && PatternSchema.AnyMatches(patterns, property))
            {
                continue;
            }

            if (schema.BooleanValue == false)
            {
                if (!context.Collecting)
                {
                    return false;
                }

                var name = property.Name;
                context.Report(this, $"property \"{name}\" is not allowed{Allowed()}", childToken: name);
                valid = false;
            }
            else if (context.Collecting)
            {
                context.PushInstance(property.Name);
                valid &= schema.Evaluate(property.Value, context, null);
                context.PopInstance();
            }
            else if (!schema.Evaluate(property.Value, context, null))
            {
                return false;
            }
        }

        annotations?.MarkAllProperties();
        return valid;
    }

    private string Allowed() =>
        names is null || names.Count == 0 ? string.Empty : $" (allowed: {Describe.List(names.Names.Select(n => Describe.Quote(n)), 12)})";
}

/// <summary>unevaluatedProperties: properties no other keyword evaluated (here or in subschemas applied in place) match the schema.</summary>
internal sealed class UnevaluatedPropertiesKeyword(string absoluteLocation, SchemaNode schema) : Keyword("unevaluatedProperties", absoluteLocation)
{
    public override bool RunsLast => true;

    public SchemaNode Schema => schema;

    public override bool Evaluate(in JsonElement instance, EvaluationContext context, Annotations? annotations)
    {
        if (instance.ValueKind != JsonValueKind.Object || annotations!.AllProperties)
        {
            return true;
        }

        var valid = true;
        var position = -1;
        foreach (var property in instance.EnumerateObject())
        {
            position++;
            if (annotations.IsPropertyEvaluated(position))
            {
                continue;
            }

            var name = property.Name;

            if (schema.BooleanValue == false)
            {
                if (!context.Collecting)
                {
                    return false;
                }

                context.Report(this, $"property \"{name}\" is not allowed here (unexpected property)", childToken: name);
                valid = false;
            }
            else if (context.Collecting)
            {
                context.PushInstance(name);
                valid &= schema.Evaluate(property.Value, context, null);
                context.PopInstance();
            }
            else if (!schema.Evaluate(property.Value, context, null))
            {
                return false;
            }
        }

        annotations.MarkAllProperties();
        return valid;
    }
}

/// <summary>required: every listed property is present. One error per missing property, at the object.</summary>
internal sealed class RequiredKeyword(string absoluteLocation, Utf8NameTable names) : Keyword("required", absoluteLocation)
{
    public override int Cost => 0;

    public override bool Evaluate(in JsonElement instance, EvaluationContext context, Annotations? annotations)
    {
        if (instance.ValueKind != JsonValueKind.Object || names.Count == 0)
        {
            return true;
        }

        if (names.Count > PropertiesKeyword.DirectLookupLimit && names.Count <= 64)
        {
            ulong seen = 0;
            var found = 0;
            foreach (var property in instance.EnumerateObject())
            {
                var index = names.IndexOf(property);
                if (index >= 0 && (seen & (1UL << index)) == 0)
                {
                    seen |= 1UL << index;
                    if (++found == names.Count)
                    {
                        return true;
                    }
                }
            }

            if (context.Collecting)
            {
                for (var i = 0; i < names.Count; i++)
                {
                    if ((seen & (1UL << i)) == 0)
                    {
                        context.Report(this, $"missing required property \"{names.Names[i]}\"", missingProperty: names.Names[i]);
                    }
                }
            }

            return false;
        }

        var valid = true;
        for (var i = 0; i < names.Count; i++)
        {
            if (!instance.TryGetProperty(names.Utf8(i), out _))
            {
                if (!context.Collecting)
                {
                    return false;
                }

                context.Report(this, $"missing required property \"{names.Names[i]}\"", missingProperty: names.Names[i]);
                valid = false;
            }
        }

        return valid;
    }
}

/// <summary>dependentRequired: when a property is present, other properties must be too.</summary>
internal sealed class DependentRequiredKeyword(string absoluteLocation, (string Property, string[] Required)[] dependencies) : Keyword("dependentRequired", absoluteLocation)
{
    public override bool Evaluate(in JsonElement instance, EvaluationContext context, Annotations? annotations)
    {
        if (instance.ValueKind != JsonValueKind.Object)
        {
            return true;
        }

        var valid = true;
        foreach (var (property, required) in dependencies)
        {
            if (!instance.TryGetProperty(property, out _))
            {
                continue;
            }

            foreach (var name in required)
            {
                if (!instance.TryGetProperty(name, out _))
                {
                    if (!context.Collecting)
                    {
                        return false;
                    }

                    context.Report(this, $"missing property \"{name}\", required when \"{property}\" is present", keywordSuffix: "/" + JsonPointer.Escape(property), missingProperty: name);
                    valid = false;
                }
            }
        }

        return valid;
    }
}

/// <summary>dependentSchemas: when a property is present, the whole object matches another schema.</summary>
internal sealed class DependentSchemasKeyword(string absoluteLocation, (string Property, SchemaNode Schema)[] dependencies) : Keyword("dependentSchemas", absoluteLocation)
{
    public override IEnumerable<SchemaNode> InPlaceSchemas => dependencies.Select(d => d.Schema);

    public override bool Evaluate(in JsonElement instance, EvaluationContext context, Annotations? annotations)
    {
        if (instance.ValueKind != JsonValueKind.Object)
        {
            return true;
        }

        var valid = true;
        foreach (var (property, schema) in dependencies)
        {
            if (!instance.TryGetProperty(property, out _))
            {
                continue;
            }

            if (context.Collecting)
            {
                context.PushKeyword(property);
                valid &= schema.Evaluate(instance, context, annotations);
                context.PopKeyword();
            }
            else if (!schema.Evaluate(instance, context, annotations))
            {
                return false;
            }
        }

        return valid;
    }
}

/// <summary>propertyNames: every property name, as a string, matches the schema. Errors point at the property.</summary>
internal sealed class PropertyNamesKeyword(string absoluteLocation, SchemaNode schema) : Keyword("propertyNames", absoluteLocation)
{
    public override bool Evaluate(in JsonElement instance, EvaluationContext context, Annotations? annotations)
    {
        if (instance.ValueKind != JsonValueKind.Object)
        {
            return true;
        }

        var valid = true;
        foreach (var property in instance.EnumerateObject())
        {
            var name = JsonSerializer.SerializeToElement(property.Name, JsonStrings.Default.String);
            if (context.Collecting)
            {
                context.PushInstance(property.Name);
                valid &= schema.Evaluate(name, context, null);
                context.PopInstance();
            }
            else if (!schema.Evaluate(name, context, null))
            {
                return false;
            }
        }

        return valid;
    }
}

/// <summary>
/// unevaluatedProperties when the evaluated names are known at compile time (see EvaluatedPropertiesAnalysis):
/// checks names against a fixed table, like additionalProperties, with no annotation tracking.
/// </summary>
internal sealed class StaticUnevaluatedPropertiesKeyword(string absoluteLocation, SchemaNode schema, bool all, Utf8NameTable names, PatternSchema[] patterns)
    : Keyword("unevaluatedProperties", absoluteLocation)
{
    public override bool Evaluate(in JsonElement instance, EvaluationContext context, Annotations? annotations)
    {
        if (all || instance.ValueKind != JsonValueKind.Object)
        {
            return true;
        }

        var valid = true;
        foreach (var property in instance.EnumerateObject())
        {
            if (names.IndexOf(property) >= 0 || (patterns.Length > 0 && PatternSchema.AnyMatches(patterns, property)))
            {
                continue;
            }

            if (schema.BooleanValue == false)
            {
                if (!context.Collecting)
                {
                    return false;
                }

                var name = property.Name;
                context.Report(this, $"property \"{name}\" is not allowed here (unexpected property)", childToken: name);
                valid = false;
            }
            else if (context.Collecting)
            {
                context.PushInstance(property.Name);
                valid &= schema.Evaluate(property.Value, context, null);
                context.PopInstance();
            }
            else if (!schema.Evaluate(property.Value, context, null))
            {
                return false;
            }
        }

        return valid;
    }
}
