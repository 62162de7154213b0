using System.CommandLine;

namespace Policy.Cli.Commands;

/// <summary>`policy render`: documents for people outside the committee, made from the artefacts (today: the patient notice).</summary>
public sealed class RenderCommand : Command
{
    public RenderCommand(CliEnvironment environment)
        : base("render", "Render a document for readers outside the committee, from the artefacts.")
    {
        Add(new RenderNoticeCommand(environment));
    }
}
