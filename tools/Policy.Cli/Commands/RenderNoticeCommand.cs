using System.CommandLine;
using Policy.Core.Model;
using Policy.Core.Publishing.Notices;

namespace Policy.Cli.Commands;

/// <summary>`policy render notice SYSTEM`: what patients read about a system, as accessible HTML or as Markdown.</summary>
public sealed class RenderNoticeCommand : Command
{
    private readonly RepositoryInput input = new();

    public RenderNoticeCommand(CliEnvironment environment)
        : base("notice", "The patient notice of a system: the PatientNotice completed with the card, the data flows and the DPIA.")
    {
        Add(System);
        Add(Lang);
        Add(Format);
        Add(Out);
        input.AddTo(this);
        SetAction(result => Run(environment, result));
    }

    internal Argument<string> System { get; } = new("system") { Description = "The SystemCard id." };

    internal Option<string> Lang { get; } = new("--lang") { Description = "fr or en.", DefaultValueFactory = _ => "fr" };

    internal Option<string> Format { get; } = new("--format", "-f") { Description = "html or markdown.", DefaultValueFactory = _ => "html" };

    internal Option<string?> Out { get; } = new("--out", "-o") { Description = "Write to this file instead of standard output." };

    private int Run(CliEnvironment environment, ParseResult result)
    {
        var lang = result.GetValue(Lang)!;
        var format = result.GetValue(Format)!;
        if (!NoticeVocabulary.Languages.Contains(lang))
        {
            return Fail(environment, $"--lang must be one of {string.Join(", ", NoticeVocabulary.Languages)}, not '{lang}'");
        }

        if (format is not ("html" or "markdown"))
        {
            return Fail(environment, $"--format must be html or markdown, not '{format}'");
        }

        if (input.Load(result, environment, out var error) is not { } loaded)
        {
            return Fail(environment, error);
        }

        var systemId = result.GetValue(System)!;
        if (loaded.Repository.Find(systemId, ArtefactKinds.SystemCard) is not { } card)
        {
            return Fail(environment, $"no SystemCard has the id '{systemId}'");
        }

        var builder = new NoticeDocumentBuilder(loaded.Repository, loaded.Approvals, loaded.Today);
        if (builder.NoticeFor(systemId) is not { } notice)
        {
            return Fail(environment, $"no PatientNotice lists '{systemId}' in its systems");
        }

        if (builder.Build(notice, card, lang) is not { } document)
        {
            return Fail(environment, $"{notice.File} has no '{lang}' text; it has {string.Join(", ", NoticeDocumentBuilder.LanguagesOf(notice))}");
        }

        if (!document.Approved)
        {
            environment.Error.WriteLine($"policy render notice: warning: PatientNotice '{notice.Id}' is not approved; the output says it is a draft.");
        }

        var text = format == "html" ? NoticeHtmlRenderer.Render(document) : NoticeMarkdownRenderer.Render(document);
        return OutputFile.Write(environment, result.GetValue(Out), loaded.Layout.DefaultPolicyPath, w => w.Write(text)) is { } failure
            ? Fail(environment, failure)
            : RepositoryInput.Completed(environment, "render notice", loaded);
    }

    private static int Fail(CliEnvironment environment, string message)
    {
        environment.Error.WriteLine($"policy render notice: {message}");
        return ExitCodes.UsageOrIoError;
    }
}
