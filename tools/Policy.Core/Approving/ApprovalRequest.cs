namespace Policy.Core.Approving;

/// <summary>What `policy approve` was asked: one person's decision on one artefact as it is now.</summary>
public sealed record ApprovalRequest(string TargetPath, string Role, string Name, string Email)
{
    public string Decision { get; init; } = "approved";

    public DateTime? Until { get; init; }

    public IReadOnlyList<string> Conditions { get; init; } = [];

    /// <summary>The private SSH key file to sign the entry with, or null for an unsigned entry.</summary>
    public string? SignWith { get; init; }

    public DateTime Today { get; init; } = DateTime.UtcNow.Date;
}

/// <summary>What `policy approve` did: the file written and the entry added, or why it refused.</summary>
public sealed record ApprovalOutcome(bool Written, string Message, string? File = null)
{
    public static ApprovalOutcome Refused(string message) => new(false, message);
}
