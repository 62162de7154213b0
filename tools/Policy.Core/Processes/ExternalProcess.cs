using System.ComponentModel;
using System.Diagnostics;

namespace Policy.Core.Processes;

/// <summary>What a finished command gave: its exit code, its standard output bytes and its standard error text.</summary>
public sealed record ProcessResult(int ExitCode, byte[] Output, string Error)
{
    public bool Succeeded => ExitCode == 0;

    public string OutputText => System.Text.Encoding.UTF8.GetString(Output);
}

/// <summary>
/// Runs the command-line tools every checkout has (<c>git</c>, <c>ssh-keygen</c>) instead of linking a
/// native library. Local only; a program that is missing, fails to start or runs too long gives null.
/// </summary>
public static class ExternalProcess
{
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(20);

    /// <param name="input">Bytes written to the command's standard input (then closed); null for none.</param>
    public static ProcessResult? Run(string program, IReadOnlyList<string> arguments, string? workingDirectory = null, byte[]? input = null, TimeSpan? timeout = null)
    {
        try
        {
            var start = new ProcessStartInfo(program)
            {
                WorkingDirectory = workingDirectory ?? Environment.CurrentDirectory,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                RedirectStandardInput = input is not null,
                UseShellExecute = false,
            };
            foreach (var argument in arguments)
            {
                start.ArgumentList.Add(argument);
            }

            using var process = Process.Start(start);
            if (process is null)
            {
                return null;
            }

            using var output = new MemoryStream();
            var copy = process.StandardOutput.BaseStream.CopyToAsync(output);
            var error = process.StandardError.ReadToEndAsync();
            if (input is not null)
            {
                try
                {
                    process.StandardInput.BaseStream.Write(input);
                    process.StandardInput.Close();
                }
                catch (IOException)
                {
                    // The command exited without reading its input; its exit code says why.
                }
            }

            var limit = timeout ?? DefaultTimeout;
            if (!process.WaitForExit(limit))
            {
                process.Kill(entireProcessTree: true);
                return null;
            }

            copy.Wait(limit);
            return new ProcessResult(process.ExitCode, output.ToArray(), error.Wait(limit) ? error.Result : string.Empty);
        }
        catch (Exception error) when (error is Win32Exception or InvalidOperationException or IOException)
        {
            return null;
        }
    }
}
