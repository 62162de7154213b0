using System.Diagnostics;

namespace Policy.Core.Tests.Fixtures;

/// <summary>A fact that drives command-line tools (git, ssh-keygen): skipped, saying which tool is missing, when one is not on PATH.</summary>
public sealed class RequiresToolsFactAttribute : FactAttribute
{
    public RequiresToolsFactAttribute(params string[] tools)
    {
        if (tools.FirstOrDefault(tool => !OnPath(tool)) is { } missing)
        {
            Skip = $"'{missing}' is not on PATH; this test drives the real tool (install {(missing == "git" ? "Git" : "OpenSSH 8.2 or later")} to run it)";
        }
    }

    public static bool OnPath(string tool) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Any(folder => File.Exists(Path.Combine(folder, tool)) || File.Exists(Path.Combine(folder, tool + ".exe")));
}

/// <summary>SSH keys made with ssh-keygen in a temporary folder, deleted with it; no private key ever leaves it.</summary>
public sealed class TemporaryKeys : IDisposable
{
    public TemporaryKeys() => Folder = Directory.CreateTempSubdirectory("policy-keys-").FullName;

    public string Folder { get; }

    /// <summary>Makes an Ed25519 key pair without passphrase; returns the private key file and the public-key line.</summary>
    public (string PrivateKey, string PublicKey) Create(string name)
    {
        var file = Path.Combine(Folder, name);
        var start = new ProcessStartInfo("ssh-keygen") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in new[] { "-q", "-t", "ed25519", "-N", string.Empty, "-C", name, "-f", file })
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        process.WaitForExit();
        Assert.Equal(0, process.ExitCode);
        return (file, File.ReadAllText(file + ".pub").Trim());
    }

    public void Dispose() => Directory.Delete(Folder, recursive: true);
}
