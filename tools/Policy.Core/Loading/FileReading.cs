using Policy.Core.Catalog;
using Policy.Core.Findings;
using Policy.JsonSchema;

namespace Policy.Core.Loading;

/// <summary>
/// Reads one file and parses it strictly. Too large, unreadable, not UTF-8, not strict JSON: each is a
/// located finding, never an exception, so the other files are still checked.
/// </summary>
public static class FileReading
{
    public sealed record Result(JsonSourceDocument? Document, IReadOnlyList<Finding> Findings);

    /// <param name="file">The repository-relative path findings carry.</param>
    public static Result Read(string fullPath, string file, JsonSourceOptions options)
    {
        byte[] bytes;
        try
        {
            var length = new FileInfo(fullPath).Length;
            if (length > options.MaxBytes)
            {
                return TooLarge(length, file, options);
            }

            bytes = File.ReadAllBytes(fullPath);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException or System.Security.SecurityException)
        {
            return Fail(file, InputRules.FileUnreadable, $"cannot read the file: {error.Message}", SourcePosition.Start);
        }

        return Parse(bytes, file, options);
    }

    /// <summary>Parses a file's bytes already in memory (`policy diff` reads a Git revision's files without writing them out).</summary>
    public static Result Parse(byte[] bytes, string file, JsonSourceOptions options)
    {
        if (bytes.Length > options.MaxBytes)
        {
            return TooLarge(bytes.Length, file, options);
        }

        try
        {
            return new Result(JsonSourceDocument.Parse(bytes, options), []);
        }
        catch (JsonSourceException error)
        {
            return Fail(file, RuleFor(error.Kind), error.Message, error.Position);
        }
    }

    private static Result TooLarge(long length, string file, JsonSourceOptions options) =>
        Fail(file, InputRules.FileTooLarge, $"file is {length:N0} bytes, over the limit of {options.MaxBytes:N0} bytes (raise it with --max-file-size if this file is meant to be this large)", SourcePosition.Start);

    private static Result Fail(string file, RuleDescriptor rule, string message, SourcePosition at) =>
        new(null, [new Finding(rule.Id, rule.DefaultSeverity, message, new SourceLocation(file, at.Line, at.Column, string.Empty))]);

    private static RuleDescriptor RuleFor(JsonSourceErrorKind kind) => kind switch
    {
        JsonSourceErrorKind.DuplicateKey => InputRules.JsonDuplicateKey,
        JsonSourceErrorKind.InvalidUtf8 or JsonSourceErrorKind.ByteOrderMark => InputRules.JsonEncoding,
        JsonSourceErrorKind.TooDeep => InputRules.JsonTooDeep,
        JsonSourceErrorKind.TooLarge => InputRules.FileTooLarge,
        JsonSourceErrorKind.LoneSurrogate => InputRules.JsonNotHashable,
        _ => InputRules.JsonSyntax,
    };
}
