using System.Text;
using System.Text.Json;

namespace Policy.JsonSchema.Tests.Parsing;

/// <summary>
/// Positions are found by walking the parsed document (<see cref="ElementPositions"/>) instead of a
/// pointer index built per file (<see cref="PositionIndex"/>); both must give the same place for every
/// value of the repository's JSON files and of edge cases, and the same nearest ancestor for pointers
/// that do not exist.
/// </summary>
public sealed class ElementPositionsTests
{
    public static TheoryData<string> RepositoryJsonFiles() =>
        Policy.Tests.Shared.RepositoryJsonFiles.Under(TestPaths.RepositoryRoot, "policies", "docs", "schemas");

    [Theory]
    [MemberData(nameof(RepositoryJsonFiles))]
    public void Every_value_of_a_repository_file_is_placed_as_the_index_places_it(string file)
    {
        var utf8 = File.ReadAllBytes(Path.Combine(TestPaths.RepositoryRoot, file));
        if (!IsStrict(utf8))
        {
            return; // the non-compliant example's deliberately broken files have no positions to compare
        }

        AssertAgree(utf8, everyFound: true);
    }

    [Theory]
    [InlineData("{\"a/b\":{\"m~n\":[1,{\"\":2}]},\"\\u00e9\\n\":\"x\",\"caf\u00e9\":[[],[[true]]]}")]
    [InlineData("[\n  \"\\u0041\",\r\n\t{\"k\" : null}, 3.5e1 ]")]
    [InlineData("\"just a string\"")]
    public void Every_value_of_an_edge_case_is_placed_as_the_index_places_it(string json)
    {
        AssertAgree(Encoding.UTF8.GetBytes(json), everyFound: false);
    }

    private static readonly string[] Missing = ["/nope", "/0", "/01", "/+1", "/-1", "/a~2b", "/a/b", "/a~1b/m~0n/1/x", "/a~1b/m~0n/9", "/a~1b/m~0n/00", "nope", "/", "//", "/caf\u00e9/1/0/0/0", "/a~1b/m~0n/1/"];

    private static bool IsStrict(byte[] utf8)
    {
        try
        {
            JsonSourceDocument.Parse(utf8).Dispose();
            return true;
        }
        catch (JsonSourceException)
        {
            return false;
        }
    }

    // An empty member name has no bytes to locate; such a pointer is left to the index (everyFound: false).
    private static void AssertAgree(byte[] utf8, bool everyFound)
    {
        using var document = JsonSourceDocument.Parse(utf8);
        var index = PositionIndex.Build(utf8, 64);
        var pointers = new List<string>(Missing);
        AddPointers(document.Root, string.Empty, pointers);
        foreach (var pointer in pointers)
        {
            var found = ElementPositions.Find(document.Root, utf8, pointer);
            Assert.True(found is not null || !everyFound, pointer);
            if (found is { } offsets)
            {
                Assert.Equal(index.ValueStart(pointer), LineMap.PositionOf(utf8, offsets.Value));
                Assert.Equal(index.NameStart(pointer), LineMap.PositionOf(utf8, offsets.Name));
            }

            Assert.Equal(index.ValueStart(pointer), document.GetPosition(pointer));
            Assert.Equal(index.NameStart(pointer), document.GetPropertyNamePosition(pointer));
        }
    }

    private static void AddPointers(JsonElement element, string pointer, List<string> pointers)
    {
        pointers.Add(pointer);
        if (element.ValueKind == JsonValueKind.Object)
        {
            foreach (var member in element.EnumerateObject())
            {
                AddPointers(member.Value, pointer + "/" + JsonPointer.Escape(member.Name), pointers);
            }
        }
        else if (element.ValueKind == JsonValueKind.Array)
        {
            var i = 0;
            foreach (var item in element.EnumerateArray())
            {
                AddPointers(item, pointer + "/" + i++, pointers);
            }
        }
    }
}
