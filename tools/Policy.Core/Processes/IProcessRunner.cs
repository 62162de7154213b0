namespace Policy.Core.Processes;

/// <summary>Starts a command and waits for what it gives; a seam so tests can count or refuse the processes started.</summary>
public interface IProcessRunner
{
    /// <inheritdoc cref="ExternalProcess.Run"/>
    ProcessResult? Run(string program, IReadOnlyList<string> arguments, string? workingDirectory = null, byte[]? input = null, TimeSpan? timeout = null);
}

/// <summary>The runner that really starts processes, through <see cref="ExternalProcess"/>.</summary>
public sealed class SystemProcessRunner : IProcessRunner
{
    public static SystemProcessRunner Instance { get; } = new();

    private SystemProcessRunner()
    {
    }

    public ProcessResult? Run(string program, IReadOnlyList<string> arguments, string? workingDirectory = null, byte[]? input = null, TimeSpan? timeout = null) =>
        ExternalProcess.Run(program, arguments, workingDirectory, input, timeout);
}
