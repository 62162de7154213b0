namespace Policy.Core.Inventory.Formats;

/// <summary>Writes the register (rows built by <see cref="RegisterRowBuilder"/>) in one format; never reads artefacts itself.</summary>
public interface IRegisterWriter
{
    void Write(IReadOnlyList<RegisterRow> rows, TextWriter writer);
}

/// <summary>The formats of `policy inventory`, by name.</summary>
public static class RegisterWriters
{
    public static IReadOnlyList<string> Names { get; } = ["markdown", "csv", "json", "html"];

    /// <param name="csv">The separator and BOM choice; only the CSV writer uses it.</param>
    public static IRegisterWriter? Create(string name, CsvOptions csv) => name switch
    {
        "markdown" => new RegisterMarkdownWriter(),
        "csv" => new RegisterCsvWriter(csv),
        "json" => new RegisterJsonWriter(),
        "html" => new RegisterHtmlWriter(),
        _ => null,
    };
}
