using Policy.Core.Processes;
using Policy.Kernel.Approvals;

namespace Policy.Core.Signing;

/// <summary>
/// Approval signatures through <c>ssh-keygen -Y</c> (the tool Git's SSH signing uses), under the kernel's
/// fixed namespace. Offline: nothing here talks to an agent or a network unless the key file does.
/// </summary>
public static class SshKeygen
{
    private const string Program = "ssh-keygen";

    /// <summary>Signs <paramref name="payload"/> with the private key file; the armored signature, or an error for a person.</summary>
    public static (string? Signature, string? Error) Sign(string keyFile, byte[] payload)
    {
        if (!File.Exists(keyFile))
        {
            return (null, $"key file '{keyFile}' does not exist");
        }

        var result = ExternalProcess.Run(Program, ["-Y", "sign", "-f", keyFile, "-n", ApprovalSignatures.Namespace], input: payload, timeout: TimeSpan.FromMinutes(2));
        return result switch
        {
            null => (null, "ssh-keygen could not be run; install OpenSSH (8.2 or later)"),
            { Succeeded: true } => (result.OutputText, null),
            _ => (null, $"ssh-keygen could not sign with '{keyFile}': {result.Error.Trim()}"),
        };
    }

    /// <summary>What <c>ssh-keygen -Y check-novalidate</c> says of the signature over the payload, with the key inside it.</summary>
    public static SignatureFact Check(string armored, byte[] payload)
    {
        if (SshSignature.SignerKey(armored) is not { } key)
        {
            return new SignatureFact(false, null, "the `signature` is not an armored SSH signature");
        }

        var file = Path.GetTempFileName();
        try
        {
            File.WriteAllText(file, armored);
            var result = ExternalProcess.Run(Program, ["-Y", "check-novalidate", "-n", ApprovalSignatures.Namespace, "-s", file], input: payload);
            return result is null
                ? new SignatureFact(false, key, "ssh-keygen could not be run; install OpenSSH (8.2 or later)")
                : new SignatureFact(result.Succeeded, key);
        }
        finally
        {
            File.Delete(file);
        }
    }
}
