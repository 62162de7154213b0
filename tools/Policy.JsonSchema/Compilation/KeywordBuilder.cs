using System.Text.Json;
using Policy.JsonSchema.Formats;
using Policy.JsonSchema.Keywords;
using Policy.JsonSchema.Loading;
using Policy.JsonSchema.Text;

namespace Policy.JsonSchema.Compilation;

/// <summary>Builds the keywords of one schema object, wiring siblings that depend on each other (items/prefixItems, if/then/else, ...).</summary>
internal sealed class KeywordBuilder(SchemaCompiler compiler, SchemaLocation location, HashSet<string>? vocabulary)
{
    private readonly JsonElement schema = location.Element;
    private readonly List<Keyword> keywords = new();

    public List<Keyword> Build()
    {
        foreach (var member in schema.EnumerateObject())
        {
            if (Vocabularies.Allows(vocabulary, member.Name))
            {
                Add(member.Name, member.Value);
            }
        }

        return keywords;
    }

    private string At(string keyword) => location.AbsoluteLocation + "/" + JsonPointer.Escape(keyword);

    private void Add(string name, JsonElement value)
    {
        switch (name)
        {
            case "$ref":
                keywords.Add(new RefKeyword(At(name), compiler.Reference(location, name, String(name, value))));
                break;
            case "$dynamicRef":
                var (target, anchor) = compiler.DynamicReference(location, String(name, value));
                keywords.Add(new DynamicRefKeyword(At(name), target, anchor));
                break;
            case "type":
                AddType(value);
                break;
            case "enum":
                if (value.ValueKind != JsonValueKind.Array)
                {
                    throw Invalid(name, "\"enum\" must be an array");
                }

                keywords.Add(new EnumKeyword(At(name), new AllowedValues(value.EnumerateArray())));
                break;
            case "const":
                keywords.Add(new ConstKeyword(At(name), new AllowedValues(new[] { value })));
                break;
            case "minimum" or "maximum" or "exclusiveMinimum" or "exclusiveMaximum":
                keywords.Add(new BoundKeyword(name, At(name), Number(name, value)));
                break;
            case "multipleOf":
                keywords.Add(new MultipleOfKeyword(At(name), Number(name, value)));
                break;
            case "minLength" or "maxLength":
                keywords.Add(new LengthKeyword(name, At(name), Count(name, value)));
                break;
            case "minItems" or "maxItems" or "minProperties" or "maxProperties":
                keywords.Add(new CountKeyword(name, At(name), Count(name, value)));
                break;
            case "pattern":
                var pattern = String(name, value);
                keywords.Add(new PatternKeyword(At(name), pattern, Regex(name, pattern)));
                break;
            case "format":
                if (value.ValueKind == JsonValueKind.String && compiler.AssertFormat(vocabulary) && FormatCatalog.Find(value.GetString()!) is { } checker)
                {
                    keywords.Add(new FormatKeyword(At(name), checker));
                }

                break;
            case "uniqueItems":
                if (value.ValueKind == JsonValueKind.True)
                {
                    keywords.Add(new UniqueItemsKeyword(At(name)));
                }

                break;
            case "required":
                keywords.Add(new RequiredKeyword(At(name), new Utf8NameTable(Strings(name, value))));
                break;
            case "dependentRequired":
                keywords.Add(new DependentRequiredKeyword(
                    At(name),
                    Object(name, value).EnumerateObject().Select(e => (e.Name, Strings(name + "/" + e.Name, e.Value).ToArray())).ToArray()));
                break;
            case "dependentSchemas":
                keywords.Add(new DependentSchemasKeyword(
                    At(name),
                    Object(name, value).EnumerateObject().Select(e => (e.Name, compiler.Child(location, e.Value, name, e.Name))).ToArray()));
                break;
            case "properties":
                var properties = Object(name, value).EnumerateObject().ToList();
                keywords.Add(new PropertiesKeyword(
                    At(name),
                    new Utf8NameTable(properties.Select(p => p.Name).ToList()),
                    properties.Select(p => compiler.Child(location, p.Value, name, p.Name)).ToArray()));
                break;
            case "patternProperties":
                keywords.Add(new PatternPropertiesKeyword(At(name), Patterns(value)));
                break;
            case "additionalProperties":
                AddAdditionalProperties(value);
                break;
            case "propertyNames":
                keywords.Add(new PropertyNamesKeyword(At(name), compiler.Child(location, value, name)));
                break;
            case "unevaluatedProperties":
                keywords.Add(new UnevaluatedPropertiesKeyword(At(name), compiler.Child(location, value, name)));
                break;
            case "prefixItems":
                keywords.Add(new PrefixItemsKeyword(At(name), SchemaArray(name, value)));
                break;
            case "items":
                var prefix = schema.TryGetProperty("prefixItems", out var prefixItems) && prefixItems.ValueKind == JsonValueKind.Array && Vocabularies.Allows(vocabulary, "prefixItems")
                    ? prefixItems.GetArrayLength()
                    : 0;
                keywords.Add(new ItemsKeyword(At(name), compiler.Child(location, value, name), prefix));
                break;
            case "contains":
                AddContains(value);
                break;
            case "unevaluatedItems":
                keywords.Add(new UnevaluatedItemsKeyword(At(name), compiler.Child(location, value, name)));
                break;
            case "allOf":
                keywords.Add(new AllOfKeyword(At(name), SchemaArray(name, value)));
                break;
            case "anyOf":
                keywords.Add(new AnyOfKeyword(At(name), SchemaArray(name, value)));
                break;
            case "oneOf":
                keywords.Add(new OneOfKeyword(At(name), SchemaArray(name, value)));
                break;
            case "not":
                keywords.Add(new NotKeyword(At(name), compiler.Child(location, value, name)));
                break;
            case "if":
                var then = schema.TryGetProperty("then", out var thenValue) ? compiler.Child(location, thenValue, "then") : null;
                var otherwise = schema.TryGetProperty("else", out var elseValue) ? compiler.Child(location, elseValue, "else") : null;
                var condition = compiler.Child(location, value, name);
                keywords.Add(new IfKeyword(At(name), condition, then, otherwise));

                break;
            case "$defs" or "definitions":
                // Not applied, but compiled so that errors in them are found at load time.
                foreach (var entry in Object(name, value).EnumerateObject())
                {
                    compiler.Child(location, entry.Value, name, entry.Name);
                }

                break;
        }
    }

    private void AddType(JsonElement value)
    {
        var names = value.ValueKind == JsonValueKind.Array ? value.EnumerateArray().Select(v => v.GetString() ?? string.Empty).ToList() : new List<string> { String("type", value) };
        var allowed = JsonTypes.None;
        foreach (var typeName in names)
        {
            var parsed = TypeKeyword.Parse(typeName);
            if (parsed == JsonTypes.None)
            {
                throw Invalid("type", $"unknown type \"{typeName}\"; expected array, boolean, integer, null, number, object or string");
            }

            allowed |= parsed;
        }

        keywords.Add(new TypeKeyword(At("type"), allowed, names));
    }

    private void AddAdditionalProperties(JsonElement value)
    {
        Utf8NameTable? names = null;
        if (schema.TryGetProperty("properties", out var properties) && properties.ValueKind == JsonValueKind.Object && Vocabularies.Allows(vocabulary, "properties"))
        {
            names = new Utf8NameTable(properties.EnumerateObject().Select(p => p.Name).ToList());
        }

        var patterns = schema.TryGetProperty("patternProperties", out var patternProperties) && Vocabularies.Allows(vocabulary, "patternProperties")
            ? Patterns(patternProperties)
            : Array.Empty<PatternSchema>();
        keywords.Add(new AdditionalPropertiesKeyword(At("additionalProperties"), compiler.Child(location, value, "additionalProperties"), names, patterns));
    }

    private void AddContains(JsonElement value)
    {
        var minimum = 1;
        var minimumLocation = string.Empty;
        int? maximum = null;
        var maximumLocation = string.Empty;
        if (Vocabularies.Allows(vocabulary, "minContains") && schema.TryGetProperty("minContains", out var min))
        {
            minimum = (int)Math.Min(int.MaxValue, Count("minContains", min));
            minimumLocation = At("minContains");
        }

        if (Vocabularies.Allows(vocabulary, "maxContains") && schema.TryGetProperty("maxContains", out var max))
        {
            maximum = (int)Math.Min(int.MaxValue, Count("maxContains", max));
            maximumLocation = At("maxContains");
        }

        keywords.Add(new ContainsKeyword(At("contains"), compiler.Child(location, value, "contains"), minimum, maximum, minimumLocation, maximumLocation));
    }

    private PatternSchema[] Patterns(JsonElement value) =>
        Object("patternProperties", value).EnumerateObject()
            .Select(e => new PatternSchema(e.Name, Regex("patternProperties", e.Name), compiler.Child(location, e.Value, "patternProperties", e.Name)))
            .ToArray();

    private SchemaNode[] SchemaArray(string name, JsonElement value)
    {
        if (value.ValueKind != JsonValueKind.Array)
        {
            throw Invalid(name, $"\"{name}\" must be an array of schemas");
        }

        return value.EnumerateArray().Select((item, i) => compiler.Child(location, item, name, i.ToString(System.Globalization.CultureInfo.InvariantCulture))).ToArray();
    }

    private System.Text.RegularExpressions.Regex Regex(string keyword, string pattern) =>
        EcmaRegex.TryGet(pattern, compiler.RegexTimeout) ?? throw Invalid(keyword, $"{Describe.Quote(pattern)} is not a valid regular expression");

    private JsonElement Object(string name, JsonElement value) =>
        value.ValueKind == JsonValueKind.Object ? value : throw Invalid(name, $"\"{name}\" must be an object");

    private string String(string name, JsonElement value) =>
        value.ValueKind == JsonValueKind.String ? value.GetString()! : throw Invalid(name, $"\"{name}\" must be a string");

    private JsonElement Number(string name, JsonElement value) =>
        value.ValueKind == JsonValueKind.Number ? value : throw Invalid(name, $"\"{name}\" must be a number");

    private long Count(string name, JsonElement value)
    {
        if (value.ValueKind == JsonValueKind.Number && Numbers.IsInteger(value))
        {
            var number = JsonNumber.From(value).AsDouble;
            if (number >= 0)
            {
                return number > long.MaxValue ? long.MaxValue : (long)number;
            }
        }

        throw Invalid(name, $"\"{name}\" must be a non-negative integer");
    }

    private List<string> Strings(string name, JsonElement value)
    {
        if (value.ValueKind != JsonValueKind.Array || value.EnumerateArray().Any(v => v.ValueKind != JsonValueKind.String))
        {
            throw Invalid(name, $"\"{name}\" must be an array of strings");
        }

        return value.EnumerateArray().Select(v => v.GetString()!).ToList();
    }

    private SchemaLoadException Invalid(string keyword, string message) =>
        SchemaCompiler.Invalid(location, "/" + JsonPointer.Escape(keyword), message);
}
