using System.Text;
using Microsoft.CodeAnalysis.Text;
using Policy.Analyzers.Policies;

namespace Policy.Analyzers.Tests.Policies;

/// <summary>The compiler decodes AdditionalFiles itself; the analyzers read its decoding to refuse what the CLI refuses.</summary>
public sealed class PolicyDocumentEncodingTests
{
    private static PolicyDocument FromBytes(byte[] bytes)
    {
        using var stream = new MemoryStream(bytes);
        return PolicyDocument.Read(SourceText.From(stream));
    }

    [Fact]
    public void Utf8_without_a_byte_order_mark_is_read()
    {
        var document = FromBytes(Encoding.UTF8.GetBytes("{ \"kind\": \"DataFlow\", \"id\": \"df-é\" }"));
        Assert.Null(document.Error);
        Assert.Equal("df-é", document.Id);
    }

    [Fact]
    public void A_byte_order_mark_is_refused_as_the_cli_refuses_it()
    {
        var document = FromBytes([0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("{ \"kind\": \"DataFlow\", \"id\": \"df-a\" }")]);
        Assert.Null(document.Root);
        Assert.Contains("byte order mark", document.Error, StringComparison.Ordinal);
        Assert.True(document.LooksLikeArtefact);
    }

    [Fact]
    public void Text_the_compiler_decoded_with_a_fallback_code_page_is_refused()
    {
        // The compiler reads AdditionalFiles as UTF-8 and falls back to a legacy code page when the bytes are not UTF-8.
        byte[] bytes = [.. Encoding.UTF8.GetBytes("{ \"kind\": \"DataFlow\", \"id\": \"df-"), 0xE9, .. Encoding.UTF8.GetBytes("\" }")];
        using var stream = new MemoryStream(bytes);
        var document = PolicyDocument.Read(SourceText.From(stream, Encoding.Latin1));
        Assert.Null(document.Root);
        Assert.Contains("not UTF-8", document.Error, StringComparison.Ordinal);
    }
}
