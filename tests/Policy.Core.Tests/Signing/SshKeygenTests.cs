using System.Text;
using Policy.Core.Signing;
using Policy.Core.Tests.Fixtures;
using Policy.Kernel.Approvals;

namespace Policy.Core.Tests.Signing;

/// <summary>Signatures through the real ssh-keygen: made, checked over the same bytes, refused over others, and the signer's key read back.</summary>
public sealed class SshKeygenTests : IDisposable
{
    private readonly TemporaryKeys keys = new();

    public void Dispose() => keys.Dispose();

    [RequiresToolsFact("ssh-keygen")]
    public void A_signature_verifies_over_its_payload_names_its_key_and_fails_over_other_bytes()
    {
        var (privateKey, publicKey) = keys.Create("dpo");
        var payload = Encoding.UTF8.GetBytes("{\"decision\":\"approved\"}");
        var (signature, error) = SshKeygen.Sign(privateKey, payload);

        Assert.Null(error);
        Assert.StartsWith("-----BEGIN SSH SIGNATURE-----\n", signature);
        var good = SshKeygen.Check(signature!, payload);
        Assert.True(good.ValidOverContent);
        Assert.Equal(RoleHolder.KeyIdentity(publicKey), good.SignerKey);
        Assert.Null(good.Unverifiable);

        var other = SshKeygen.Check(signature!, Encoding.UTF8.GetBytes("{\"decision\":\"rejected\"}"));
        Assert.False(other.ValidOverContent);
        Assert.Null(other.Unverifiable);
    }

    [RequiresToolsFact("ssh-keygen")]
    public void A_missing_key_file_is_a_clear_error()
    {
        var (signature, error) = SshKeygen.Sign(Path.Combine(keys.Folder, "none"), [1, 2, 3]);
        Assert.Null(signature);
        Assert.Contains("does not exist", error);
    }

    [Fact]
    public void Text_that_is_not_a_signature_is_unverifiable_without_running_anything()
    {
        var fact = SshKeygen.Check("not a signature", [1]);
        Assert.False(fact.ValidOverContent);
        Assert.Contains("not an armored SSH signature", fact.Unverifiable);
        Assert.Null(SshSignature.SignerKey("-----BEGIN SSH SIGNATURE-----\nAAAA\n-----END SSH SIGNATURE-----\n"));
    }
}
