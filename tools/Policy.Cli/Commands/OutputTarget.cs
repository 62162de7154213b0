using Policy.Core.Formatting;

namespace Policy.Cli.Commands;

/// <summary>One `--format` value: a format name, written to standard output or, as <c>name=path</c>, to a file.</summary>
public sealed record OutputTarget(string Format, string? Path)
{
    public static bool TryParse(string value, out OutputTarget target, out string error) => TryParse(value, ReportFormatters.Names, out target, out error);

    /// <param name="names">The format names the command knows.</param>
    public static bool TryParse(string value, IReadOnlyCollection<string> names, out OutputTarget target, out string error)
    {
        var equals = value.IndexOf('=', StringComparison.Ordinal);
        var name = equals < 0 ? value : value[..equals];
        var path = equals < 0 ? null : value[(equals + 1)..];
        target = new OutputTarget(name, path);
        error = string.Empty;
        if (!names.Contains(name))
        {
            error = $"unknown format '{name}'; use one of {string.Join(", ", names)}, optionally as NAME=FILE";
            return false;
        }

        if (path is { Length: 0 })
        {
            error = $"'--format {value}' names no file after '='";
            return false;
        }

        return true;
    }
}
