using System.Text.Json;
using Policy.Core.Inventory;
using Policy.Core.Inventory.Formats;

namespace Policy.Core.Tests.Inventory;

/// <summary>Each register format keeps every value as data: CSV per RFC 4180, Markdown and HTML escaped, JSON in its contract.</summary>
public sealed class RegisterWritersTests : IDisposable
{
    private const string Awkward = "Smith, \"Jr\"; <script>alert(1)</script> | x\nsecond line";
    private readonly RegisterTestRepository repository = new();

    public RegisterWritersTests()
    {
        repository.WriteCard(RegisterTestRepository.Card(Awkward));
        repository.ApproveCard();
    }

    public void Dispose() => repository.Dispose();

    private string Write(IRegisterWriter writer)
    {
        var text = new StringWriter();
        writer.Write(repository.Rows(), text);
        return text.ToString();
    }

    [Fact]
    public void Csv_follows_rfc_4180()
    {
        var csv = Write(new RegisterCsvWriter(CsvOptions.Rfc4180));
        var records = csv.Split("\r\n");
        Assert.Equal(["", ], records[2..]); // header, one record (its quoted line break is not a record end), final CRLF
        Assert.StartsWith("id,system card approval,name,", csv, StringComparison.Ordinal);
        Assert.Contains(",\"Smith, \"\"Jr\"\"; <script>alert(1)</script> | x\nsecond line\",", csv, StringComparison.Ordinal);
        Assert.Contains("stock-forecast,approved,", csv, StringComparison.Ordinal);
        Assert.EndsWith("\r\n", csv, StringComparison.Ordinal);
        Assert.False(csv.StartsWith('\uFEFF'));
    }

    [Fact]
    public void Csv_header_and_rows_have_the_same_number_of_fields()
    {
        var csv = Write(new RegisterCsvWriter(CsvOptions.Rfc4180));
        var header = csv[..csv.IndexOf("\r\n", StringComparison.Ordinal)];
        Assert.Equal(RegisterCsvWriter.Headings().Count(), header.Split(',').Length);
        Assert.Equal(RegisterColumns.All.Count + RegisterColumns.WithApproval.Count, RegisterCsvWriter.Headings().Count());
    }

    [Fact]
    public void Csv_for_french_spreadsheets_uses_semicolons_and_a_bom()
    {
        var csv = Write(new RegisterCsvWriter(new CsvOptions(';', ByteOrderMark: true)));
        Assert.StartsWith("\uFEFFid;system card approval;name;", csv, StringComparison.Ordinal);
        Assert.Contains(";\"Smith, \"\"Jr\"\"; <script>", csv, StringComparison.Ordinal);
    }

    [Fact]
    public void Csv_leaves_a_plain_value_unquoted()
    {
        var csv = Write(new RegisterCsvWriter(CsvOptions.Rfc4180));
        Assert.Contains(",In-house,", csv, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_is_the_systems_contract()
    {
        using var json = JsonDocument.Parse(Write(new RegisterJsonWriter()));
        var system = Assert.Single(json.RootElement.GetProperty("systems").EnumerateArray());
        Assert.Equal("stock-forecast", system.GetProperty("id").GetString());
        Assert.Equal(Awkward, system.GetProperty("name").GetString());
        Assert.Equal("approved", system.GetProperty("approvals").GetProperty("id").GetProperty("state").GetString());
        Assert.Equal("missing", system.GetProperty("approvals").GetProperty("oversight").GetProperty("state").GetString());
        Assert.Equal(JsonValueKind.Null, system.GetProperty("approvals").GetProperty("fria").GetProperty("state").ValueKind);
        Assert.Equal(RegisterColumns.All.Select(RegisterColumns.Key), system.EnumerateObject().Select(p => p.Name).Take(RegisterColumns.All.Count));
    }

    [Fact]
    public void Markdown_keeps_html_and_pipes_as_text()
    {
        var markdown = Write(new RegisterMarkdownWriter());
        Assert.DoesNotContain("<script>", markdown, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt; \\| x second line", markdown, StringComparison.Ordinal);
        Assert.Contains("| stock-forecast [approved] |", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Html_encodes_every_value()
    {
        var html = Write(new RegisterHtmlWriter());
        Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html, StringComparison.Ordinal);
        Assert.Contains("<html lang=\"en\">", html, StringComparison.Ordinal);
        Assert.Contains("Content-Security-Policy", html, StringComparison.Ordinal);
    }
}
