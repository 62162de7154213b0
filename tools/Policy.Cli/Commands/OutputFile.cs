using System.Text;

namespace Policy.Cli.Commands;

/// <summary>
/// Writes a command's output to standard output or to a file, refusing a place among the files the command
/// reads: written there, the output would overwrite one, or be read as an artefact by the next run.
/// </summary>
public static class OutputFile
{
    /// <returns>Null when written; otherwise why not.</returns>
    public static string? Write(CliEnvironment environment, string? path, string policiesFolder, Action<TextWriter> write, bool byteOrderMark = false) =>
        Write(environment, path, [policiesFolder], write, byteOrderMark);

    /// <param name="protectedPaths">Files and folders the output must not be written to or into.</param>
    /// <returns>Null when written; otherwise why not.</returns>
    public static string? Write(CliEnvironment environment, string? path, IEnumerable<string> protectedPaths, Action<TextWriter> write, bool byteOrderMark = false)
    {
        if (path is null)
        {
            write(environment.Out);
            return null;
        }

        var file = environment.FullPath(path);
        if (protectedPaths.FirstOrDefault(p => file == p || file.StartsWith(p + Path.DirectorySeparatorChar, StringComparison.Ordinal)) is { } among)
        {
            return $"will not write '{path}' inside {among}, among the files being read; write it elsewhere";
        }

        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(file)!);
            using var writer = new StreamWriter(file, append: false, new UTF8Encoding(byteOrderMark));
            write(writer);
            return null;
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            return $"cannot write '{path}': {error.Message}";
        }
    }
}
