using System.Text.Json;

namespace Policy.JsonSchema.Tests.Loading;

/// <summary>Loading a folder of schemas: ids, file URIs, relative refs, and clear errors for bad files and unresolvable refs.</summary>
public sealed class SchemaSetTests
{
    private const string Common = """
        {
          "$schema": "https://json-schema.org/draft/2020-12/schema",
          "$id": "https://policy-as-code.example/schemas/defs/common.schema.json",
          "$defs": { "owner": { "type": "object", "required": ["name"] } }
        }
        """;

    private const string Card = """
        {
          "$schema": "https://json-schema.org/draft/2020-12/schema",
          "$id": "https://policy-as-code.example/schemas/system-card.schema.json",
          "properties": { "kind": { "const": "SystemCard" }, "owner": { "$ref": "defs/common.schema.json#/$defs/owner" } }
        }
        """;

    [Fact]
    public void FromDirectory_registers_by_id_and_resolves_relative_refs()
    {
        using var folder = new TempDirectory();
        folder.Write("defs/common.schema.json", Common);
        var cardFile = folder.Write("system-card.schema.json", Card);
        var set = SchemaSet.FromDirectory(folder.Path);

        var id = new Uri("https://policy-as-code.example/schemas/system-card.schema.json");
        Assert.Contains(id, set.Ids);
        Assert.Equal("SystemCard", set.GetDocument(id)!.Value.GetProperty("properties").GetProperty("kind").GetProperty("const").GetString());
        Assert.NotNull(set.GetDocument(new Uri(cardFile)));

        var schema = set.Compile(id);
        using var bad = JsonDocument.Parse("""{ "kind": "SystemCard", "owner": {} }""");
        var error = Assert.Single(schema.Validate(bad.RootElement).Errors);
        Assert.Equal("/properties/owner/$ref/required", error.KeywordLocation);
        Assert.Equal("https://policy-as-code.example/schemas/defs/common.schema.json#/$defs/owner/required", error.AbsoluteKeywordLocation);
        Assert.Same(schema, set.Compile(id));
    }

    [Fact]
    public void Compile_by_file_uri_works_too()
    {
        using var folder = new TempDirectory();
        var file = folder.Write("plain.schema.json", """{ "type": "string" }""");
        var set = SchemaSet.FromDirectory(folder.Path);
        using var value = JsonDocument.Parse("\"x\"");
        Assert.True(set.Compile(new Uri(file)).IsValid(value.RootElement));
        Assert.Contains(new Uri(file), set.Ids);
    }

    [Fact]
    public void A_ref_to_a_schema_outside_the_set_is_a_load_error_naming_the_ref_and_where_it_is()
    {
        using var folder = new TempDirectory();
        var file = folder.Write("a.schema.json", """
            { "$id": "https://policy-as-code.example/schemas/a.schema.json",
              "properties": { "x": { "$ref": "https://schemas.other.example/x.json" } } }
            """);
        var set = SchemaSet.FromDirectory(folder.Path);
        var error = Assert.Throws<SchemaLoadException>(() => set.Compile(new Uri("https://policy-as-code.example/schemas/a.schema.json")));
        Assert.Contains("https://schemas.other.example/x.json", error.Message);
        Assert.Contains("nothing is fetched", error.Message);
        Assert.Equal(file, error.File);
        Assert.Equal("/properties/x/$ref", error.SchemaPointer);
    }

    [Fact]
    public void A_relative_ref_to_a_file_outside_the_folder_is_not_read()
    {
        using var outside = new TempDirectory();
        outside.Write("secret.json", """{ "type": "string" }""");
        var folder = Path.Combine(outside.Path, "schemas");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "a.json"), """{ "$ref": "../secret.json" }""");
        var set = SchemaSet.FromDirectory(folder);
        var error = Assert.Throws<SchemaLoadException>(() => set.Compile(new Uri(Path.Combine(folder, "a.json"))));
        Assert.Contains("../secret.json", error.Message);
        Assert.Equal("/$ref", error.SchemaPointer);
    }

    [Fact]
    public void A_missing_anchor_or_pointer_is_a_load_error()
    {
        var set = new SchemaSet();
        using var document = JsonDocument.Parse("""{ "$defs": { "a": {} }, "properties": { "p": { "$ref": "#/$defs/b" }, "q": { "$ref": "#nowhere" } } }""");
        set.Add(new Uri("https://policy-as-code.example/s.json"), document.RootElement);
        var error = Assert.Throws<SchemaLoadException>(() => set.Compile(new Uri("https://policy-as-code.example/s.json")));
        Assert.Contains("#/$defs/b", error.Message);
    }

    [Fact]
    public void A_schema_file_with_a_syntax_error_is_a_load_error_with_its_position()
    {
        using var folder = new TempDirectory();
        var file = folder.Write("broken.schema.json", "{\n  \"type\": \"object\",\n  \"required\": [\"a\",]\n}");
        var error = Assert.Throws<SchemaLoadException>(() => SchemaSet.FromDirectory(folder.Path));
        Assert.Equal(file, error.File);
        Assert.Equal(3, error.Position!.Value.Line);
        Assert.Contains("not valid JSON", error.Message);
    }

    [Fact]
    public void A_json_file_that_is_not_a_schema_is_a_load_error()
    {
        using var folder = new TempDirectory();
        var file = folder.Write("list.json", "[1, 2]");
        var error = Assert.Throws<SchemaLoadException>(() => SchemaSet.FromDirectory(folder.Path));
        Assert.Equal(file, error.File);
        Assert.Contains("not a JSON Schema", error.Message);
    }

    [Fact]
    public void A_keyword_with_a_wrong_value_is_a_load_error_at_that_keyword()
    {
        var set = new SchemaSet();
        using var document = JsonDocument.Parse("""{ "properties": { "a": { "minLength": -1 } } }""");
        set.Add(new Uri("https://policy-as-code.example/s.json"), document.RootElement);
        var error = Assert.Throws<SchemaLoadException>(() => set.Compile(new Uri("https://policy-as-code.example/s.json")));
        Assert.Equal("/properties/a/minLength", error.SchemaPointer);
        Assert.Contains("non-negative integer", error.Message);
    }

    [Fact]
    public void Two_files_with_the_same_id_are_a_load_error()
    {
        using var folder = new TempDirectory();
        folder.Write("a.json", """{ "$id": "https://policy-as-code.example/same.json" }""");
        folder.Write("b.json", """{ "$id": "https://policy-as-code.example/same.json" }""");
        var error = Assert.Throws<SchemaLoadException>(() => SchemaSet.FromDirectory(folder.Path));
        Assert.Contains("same $id", error.Message);
    }

    [Fact]
    public void The_2020_12_meta_schema_is_available_offline()
    {
        var set = new SchemaSet();
        var meta = set.Compile(new Uri("https://json-schema.org/draft/2020-12/schema"));
        using var good = JsonDocument.Parse("""{ "type": "object", "properties": { "a": { "minLength": 1 } } }""");
        using var bad = JsonDocument.Parse("""{ "type": "objekt", "properties": { "a": { "minLength": -1 } } }""");
        Assert.True(meta.IsValid(good.RootElement));
        var errors = meta.Validate(bad.RootElement).Errors;
        Assert.Contains(errors, e => e.InstanceLocation == "/properties/a/minLength");
        Assert.Contains(errors, e => e.InstanceLocation == "/type");
    }

    [Fact]
    public void Compiled_schemas_are_shared_safely_between_threads()
    {
        var schema = Validation.SchemaFixture.Compile("""{ "items": { "$ref": "#/$defs/n" }, "$defs": { "n": { "type": "integer", "minimum": 0 } } }""");
        using var good = JsonDocument.Parse("[1, 2, 3]");
        using var bad = JsonDocument.Parse("[1, -2, 3]");
        var outcomes = Enumerable.Range(0, 64).AsParallel().Select(i => i % 2 == 0
            ? schema.IsValid(good.RootElement) && schema.Validate(good.RootElement).IsValid
            : !schema.IsValid(bad.RootElement) && schema.Validate(bad.RootElement).Errors.Single().InstanceLocation == "/1").ToList();
        Assert.All(outcomes, Assert.True);
    }
}
