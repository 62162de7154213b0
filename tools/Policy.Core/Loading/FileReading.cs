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
        Result Fail(RuleDescriptor rule, string message, SourcePosition at) =>
            new(null, [new Finding(rule.Id, rule.DefaultSeverity, message, new SourceLocation(file, at.Line, at.Column, string.Empty))]);

        byte[] bytes;
        try
        {
            var length = new FileInfo(fullPath).Length;
            if (length > options.MaxBytes)
            {
                return Fail(InputRules.FileTooLarge, $"file is {length:N0} bytes, over the limit of {options.MaxBytes:N0} bytes (raise it with --max-file-size if this file is meant to be this large)", SourcePosition.Start);
            }

            bytes = File.ReadAllBytes(fullPath);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException or System.Security.SecurityException)
        {
            return Fail(InputRules.FileUnreadable, $"cannot read the file: {error.Message}", SourcePosition.Start);
        }

        try
        {
            return new Result(JsonSourceDocument.Parse(bytes, options), []);
        }
        catch (JsonSourceException error)
        {
            return Fail(RuleFor(error.Kind), error.Message, error.Position);
        }
    }

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
