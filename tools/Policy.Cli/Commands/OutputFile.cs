using System.Text;

namespace Policy.Cli.Commands;

/// <summary>Writes a command's output to standard output or to the file given with --out, refusing a place among the policies.</summary>
public static class OutputFile
{
    /// <returns>Null when written; otherwise why not.</returns>
    public static string? Write(CliEnvironment environment, string? path, string policiesFolder, Action<TextWriter> write, bool byteOrderMark = false)
    {
        if (path is null)
        {
            write(environment.Out);
            return null;
        }

        var file = environment.FullPath(path);
        // Written among the policies, the output would be read as an artefact by the next validate.
        if (file.StartsWith(policiesFolder + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            return $"will not write '{path}' inside the policy folder {policiesFolder}; write it elsewhere";
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
