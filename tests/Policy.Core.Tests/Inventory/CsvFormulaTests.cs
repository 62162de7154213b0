using Policy.Core.Inventory.Formats;

namespace Policy.Core.Tests.Inventory;

/// <summary>A register cell that a spreadsheet would evaluate is written as text; an ordinary cell is written as it is.</summary>
public sealed class CsvFormulaTests
{
    [Theory]
    [InlineData("=HYPERLINK(\"https://example.org\",\"x\")")]
    [InlineData("+1+cmd|' /C calc'!A0")]
    [InlineData("-2+3")]
    [InlineData("@SUM(A1:A2)")]
    [InlineData("\tindented")]
    public void A_cell_that_starts_a_formula_gets_an_apostrophe(string value)
    {
        using var repository = new RegisterTestRepository();
        repository.WriteCard(RegisterTestRepository.Card(value));
        var text = new StringWriter();
        new RegisterCsvWriter(CsvOptions.Rfc4180).Write(repository.Rows(), text);

        var expected = RegisterCsvWriter.Neutralised(value);
        Assert.StartsWith("'", expected, StringComparison.Ordinal);
        Assert.Contains(expected.Contains(',', StringComparison.Ordinal) || expected.Contains('"', StringComparison.Ordinal) ? "\"" + expected.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : expected, text.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ECG-Assist")]
    [InlineData("Smith = Jones")]
    [InlineData("12-lead ECG")]
    public void An_ordinary_cell_is_written_as_it_is(string value)
    {
        Assert.Equal(value, RegisterCsvWriter.Neutralised(value));
    }
}
