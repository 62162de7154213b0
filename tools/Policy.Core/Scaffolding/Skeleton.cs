using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Policy.Core.Scaffolding;

/// <summary>
/// A schema-valid skeleton of an artefact, generated from its kind's schema: every required field, with
/// <c>TODO</c> in each text to fill in, and a top-level <c>x-todo</c> list naming each choice made for the author
/// (an enumeration value, a date, a number). XR-DRAFT-01 reports both until they are gone.
/// </summary>
public sealed class Skeleton
{
    /// <summary>The word that marks an unfinished value; XR-DRAFT-01 looks for it.</summary>
    public const string Marker = "TODO";

    // Candidates for a string with a pattern, tried in order: the first the pattern accepts is used.
    private static readonly string[] PatternCandidates = ["TODO", "todo", "FR", "fr", "0.1.0", "P1Y", "sha256:" + new string('0', 64), "5(a)", "dpo", "todo.example"];

    private readonly string schemasDirectory;
    private readonly DateTime today;
    private readonly Dictionary<string, JsonNode> files = new(StringComparer.Ordinal);
    private readonly List<string> choices = [];
    private string? reference;

    private Skeleton(string schemasDirectory, DateTime today)
    {
        this.schemasDirectory = schemasDirectory;
        this.today = today;
    }

    /// <param name="schemaFile">The kind's schema file name in the schema folder, for example <c>dpia.schema.json</c>.</param>
    /// <param name="schema">The same schema compiled: fields that conditions (if/then) require are added until it accepts the skeleton.</param>
    /// <param name="envelope">Fields set by the caller (kind, id, system, $schema); they are not generated.</param>
    /// <param name="reference">The id an identifier field gets (the system's), so that references resolve where they can.</param>
    public static JsonObject Generate(string schemasDirectory, string schemaFile, Policy.JsonSchema.Schema schema, DateTime today, JsonObject envelope, string? reference)
    {
        var generator = new Skeleton(schemasDirectory, today) { reference = reference };
        var artefact = (JsonObject)generator.Value(generator.Load(schemaFile), schemaFile, string.Empty, envelope)!;
        for (var round = 0; round < 10; round++)
        {
            using var document = JsonDocument.Parse(artefact.ToJsonString());
            var missing = schema.Validate(document.RootElement).Errors.Where(e => e.Keyword is "required" or "minItems").ToList();
            if (missing.Count == 0 || !missing.Select(e => e.Keyword == "required" ? generator.Add(artefact, schemaFile, e) : generator.AddItem(artefact, schemaFile, e)).ToList().Contains(true))
            {
                break;
            }
        }

        if (generator.choices.Count > 0)
        {
            artefact["x-todo"] = new JsonArray(generator.choices.Select(c => (JsonNode)JsonValue.Create(c)!).ToArray());
        }

        return artefact;
    }

    /// <summary>Adds the property a <c>required</c> error names, generated from the schema of the object it belongs to.</summary>
    private bool Add(JsonObject artefact, string schemaFile, Policy.JsonSchema.ValidationError error)
    {
        var open = error.Message.IndexOf('"', StringComparison.Ordinal);
        var close = error.Message.LastIndexOf('"');
        if (close <= open || Navigate(artefact, error.InstanceLocation) is not JsonObject target)
        {
            return false;
        }

        var name = error.Message[(open + 1)..close];
        if (target.ContainsKey(name) || SchemaAt(schemaFile, error.InstanceLocation) is not ({ } objectSchema, var file) || Property(objectSchema, file, name) is not ({ } property, var propertyFile))
        {
            return false;
        }

        target[name] = Value(property, propertyFile, $"{error.InstanceLocation}/{name}");
        return true;
    }

    /// <summary>Adds an item to an array a condition requires to be non-empty.</summary>
    private bool AddItem(JsonObject artefact, string schemaFile, Policy.JsonSchema.ValidationError error)
    {
        if (Navigate(artefact, error.InstanceLocation) is not JsonArray { Count: 0 } target || SchemaAt(schemaFile, error.InstanceLocation) is not ({ } arraySchema, var file))
        {
            return false;
        }

        if (arraySchema["items"] is not { } items)
        {
            return false;
        }

        target.Add(Value(items, file, $"{error.InstanceLocation}/0"));
        return true;
    }

    private static JsonNode? Navigate(JsonNode node, string pointer)
    {
        foreach (var token in Tokens(pointer))
        {
            node = node is JsonArray array && int.TryParse(token, out var index) ? array[index]! : node[token]!;
            if (node is null)
            {
                return null;
            }
        }

        return node;
    }

    /// <summary>The schema of the value at an instance pointer, following properties, items and references.</summary>
    private (JsonNode Schema, string File)? SchemaAt(string file, string pointer)
    {
        (JsonNode Schema, string File)? current = (Load(file), file);
        foreach (var token in Tokens(pointer))
        {
            var (schema, at) = Dereference(current!.Value.Schema, current.Value.File);
            current = int.TryParse(token, out _) && schema["items"] is { } items ? (items, at) : Property(schema, at, token);
            if (current is null)
            {
                return null;
            }
        }

        return Dereference(current!.Value.Schema, current.Value.File);
    }

    /// <summary>A property's schema in an object schema: its properties, those of its allOf members, else additionalProperties.</summary>
    private (JsonNode Schema, string File)? Property(JsonNode schema, string file, string name)
    {
        (schema, file) = Dereference(schema, file);
        if (schema["properties"]?[name] is { } direct)
        {
            return (direct, file);
        }

        var members = (schema["allOf"] as JsonArray ?? []).Concat(schema["anyOf"] as JsonArray ?? []).Concat(schema["oneOf"] as JsonArray ?? [])
            .Append(schema["then"]).Append(schema["else"]).OfType<JsonNode>();
        foreach (var member in members)
        {
            if (Property(member, file, name) is { } found)
            {
                return found;
            }
        }

        return schema["additionalProperties"] is JsonObject additional ? (additional, file) : null;
    }

    private (JsonNode Schema, string File) Dereference(JsonNode schema, string file)
    {
        while (schema["$ref"]?.GetValue<string>() is { } reference && schema["properties"] is null)
        {
            (schema, file) = Resolve(reference, file);
        }

        return (schema, file);
    }

    private static IEnumerable<string> Tokens(string pointer) =>
        pointer.Split('/', StringSplitOptions.RemoveEmptyEntries).Select(t => t.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal));

    private JsonNode Load(string file)
    {
        if (!files.TryGetValue(file, out var schema))
        {
            schema = JsonNode.Parse(File.ReadAllText(Path.Combine(schemasDirectory, file)))!;
            files[file] = schema;
        }

        return schema;
    }

    /// <summary>Follows a <c>$ref</c> (relative file and JSON pointer) from the file it appears in.</summary>
    private (JsonNode Schema, string File) Resolve(string reference, string file)
    {
        var hash = reference.IndexOf('#', StringComparison.Ordinal);
        var target = hash == 0 ? file : Path.GetRelativePath(schemasDirectory, Path.GetFullPath(Path.Combine(schemasDirectory, Path.GetDirectoryName(file) ?? string.Empty, hash < 0 ? reference : reference[..hash]))).Replace('\\', '/');
        JsonNode node = Load(target);
        foreach (var token in (hash < 0 ? string.Empty : reference[(hash + 1)..]).Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            node = node[token.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal)]!;
        }

        return (node, target);
    }

    private JsonNode? Value(JsonNode schema, string file, string path, JsonObject? given = null, string? title = null)
    {
        title ??= schema["title"]?.GetValue<string>();
        if (schema["$ref"]?.GetValue<string>() is { } reference && schema["properties"] is null && schema["enum"] is null && schema["const"] is null)
        {
            var (target, targetFile) = Resolve(reference, file);
            return Value(target, targetFile, path, given, title);
        }

        if (schema["const"] is { } constant)
        {
            return constant.DeepClone();
        }

        if (schema["enum"] is JsonArray options)
        {
            var chosen = options[0]!.DeepClone();
            choices.Add($"{Marker}: {Where(path)} is {chosen.ToJsonString()}, a placeholder; choose among {string.Join(", ", options.Select(o => o!.ToJsonString()))}.");
            return chosen;
        }

        if ((schema["anyOf"] ?? schema["oneOf"]) is JsonArray branches && schema["type"] is null)
        {
            return Value(branches[0]!, file, path);
        }

        var type = schema["type"]?.GetValue<string>() ?? (schema["properties"] is not null || schema["required"] is not null ? "object" : schema["$ref"] is not null ? null : "string");
        if (type is null && schema["$ref"]?.GetValue<string>() is { } inner)
        {
            var (target, targetFile) = Resolve(inner, file);
            return Value(target, targetFile, path, given, title);
        }

        return type switch
        {
            "object" => Object(schema, file, path, given ?? []),
            "array" => Array(schema, file, path),
            "boolean" => Choice(path, JsonValue.Create(false)),
            "integer" or "number" => Choice(path, JsonValue.Create(Minimum(schema))),
            _ => String(schema, path, title),
        };
    }

    private JsonObject Object(JsonNode schema, string file, string path, JsonObject given)
    {
        // The envelope (an allOf member) first, so the skeleton reads in the order of the examples.
        var parts = new List<(JsonNode Schema, string File)>();
        foreach (var member in schema["allOf"] as JsonArray ?? [])
        {
            parts.Add(member!["$ref"]?.GetValue<string>() is { } reference ? Resolve(reference, file) : (member, file));
        }

        parts.Add((schema, file));

        var result = new JsonObject();
        foreach (var (name, value) in given)
        {
            result[name] = value?.DeepClone();
        }

        foreach (var (part, partFile) in parts)
        {
            foreach (var name in (part["required"] as JsonArray ?? []).Select(r => r!.GetValue<string>()))
            {
                if (result.ContainsKey(name) || parts.Select(p => (p.Schema["properties"]?[name], p.File)).FirstOrDefault(p => p.Item1 is not null) is not ({ } property, var propertyFile))
                {
                    continue;
                }

                result[name] = Value(property, propertyFile, $"{path}/{name}");
            }
        }

        return result;
    }

    private JsonArray Array(JsonNode schema, string file, string path)
    {
        var count = schema["minItems"]?.GetValue<int>() ?? 0;
        var items = new JsonArray();
        for (var i = 0; i < count && schema["items"] is { } item; i++)
        {
            items.Add(Value(item, file, $"{path}/{i}"));
        }

        return items;
    }

    private JsonNode String(JsonNode schema, string path, string? title)
    {
        title = $"{title ?? "value"} ({Where(path)})";
        switch (schema["format"]?.GetValue<string>() ?? (schema["anyOf"] as JsonArray)?[0]?["format"]?.GetValue<string>())
        {
            case "uri":
                return JsonValue.Create($"urn:{Marker}");
            case "uri-reference":
                return JsonValue.Create(Marker);
            case "date":
                return Choice(path, JsonValue.Create(today.AddYears(path.EndsWith("/reviewDue", StringComparison.Ordinal) ? 1 : 0).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
            case "date-time":
                return Choice(path, JsonValue.Create(today.ToString("yyyy-MM-dd'T'00:00:00'Z'", CultureInfo.InvariantCulture)));
            case "email":
                return JsonValue.Create("todo@example.org");
            case "duration":
                return Choice(path, JsonValue.Create("P1Y"));
        }

        if (schema["pattern"]?.GetValue<string>() is { } pattern)
        {
            var regex = new Regex(pattern, RegexOptions.None, TimeSpan.FromSeconds(1));
            return JsonValue.Create(new[] { reference }.OfType<string>().Concat(PatternCandidates).FirstOrDefault(regex.IsMatch) ?? Marker)!;
        }

        return JsonValue.Create($"{Marker}: {title}")!;
    }

    private JsonNode Choice(string path, JsonNode value)
    {
        choices.Add($"{Marker}: {Where(path)} is {value.ToJsonString()}, a placeholder.");
        return value;
    }

    private static double Minimum(JsonNode schema) =>
        schema["minimum"]?.GetValue<double>() ?? (schema["exclusiveMinimum"]?.GetValue<double>() + 1) ?? 0;

    private static string Where(string path) => path.Length == 0 ? "the document" : path;
}
