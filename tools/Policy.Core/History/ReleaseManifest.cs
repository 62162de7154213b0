using System.Text.Json;

namespace Policy.Core.History;

/// <summary>
/// What a release tag's message holds (docs/approvals.md, Releasing): every governed file of the tagged
/// tree with its hashes and the approval that approves it, the schema set's hashes, and who released
/// what, when, with which tool, from which commit.
/// </summary>
public sealed record ReleaseManifest
{
    public const string CurrentFormat = "policy-release/1";

    public string Format { get; init; } = CurrentFormat;

    public required string Release { get; init; }

    public required string Tool { get; init; }

    public required string ToolVersion { get; init; }

    public required string Commit { get; init; }

    public required string ReleaseDate { get; init; }

    public required ManifestPerson ReleasedBy { get; init; }

    /// <summary>The systems the release is limited to (<c>--system</c>); empty for the whole repository.</summary>
    public IReadOnlyList<string> Systems { get; init; } = [];

    public required string PolicyFolder { get; init; }

    public required IReadOnlyList<ManifestFile> Schemas { get; init; }

    public required IReadOnlyList<ManifestArtefact> Files { get; init; }

    public string ToJson() => ManifestJson.Write(this);

    /// <summary>The manifest in a tag message (after its first line, before any signature); null when there is none that reads.</summary>
    public static ReleaseManifest? FromTagMessage(string message)
    {
        var start = message.IndexOf("\n{", StringComparison.Ordinal);
        var end = message.LastIndexOf("\n}", StringComparison.Ordinal);
        if (start < 0 || end < start)
        {
            return null;
        }

        try
        {
            var manifest = ManifestJson.Read(message[(start + 1)..(end + 2)]);
            return manifest?.Format == CurrentFormat ? manifest : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>" (N of M approver entries unsigned)" when any approval of the release is unsigned, for the people reading the verdict.</summary>
    public string UnsignedNote()
    {
        var entries = Files.SelectMany(f => f.Approvals).SelectMany(a => a.Approvers).ToList();
        var unsigned = entries.Count(a => !a.Signed);
        return unsigned == 0 ? string.Empty : $" ({unsigned} of {entries.Count} approver entries unsigned)";
    }

    /// <summary>The tag message: a first line for people, then the manifest.</summary>
    public string ToTagMessage() =>
        $"Policy release {Release}: {Files.Count} governed files, approved on {ReleaseDate}{(Systems.Count == 0 ? string.Empty : " (" + string.Join(", ", Systems) + ")")}\n\n{ToJson()}\n";
}

public sealed record ManifestPerson(string? Name, string? Email);

/// <summary>A file by its path and the SHA-256 of its bytes.</summary>
public sealed record ManifestFile(string Path, string Sha256);

public sealed record ManifestArtefact
{
    public required string Path { get; init; }

    public string? Kind { get; init; }

    public string? Id { get; init; }

    public string? Version { get; init; }

    /// <summary>The RFC 8785 content hash an Approval binds to.</summary>
    public string? ContentHash { get; init; }

    /// <summary><c>sha256:</c> of the file's bytes as committed.</summary>
    public required string Sha256 { get; init; }

    public IReadOnlyList<ManifestApproval> Approvals { get; init; } = [];
}

public sealed record ManifestApproval(string Id, string Decision, string? ValidFrom, string? ValidUntil, IReadOnlyList<ManifestApprover> Approvers);

public sealed record ManifestApprover(string Name, string? Email, string Role, string? DecidedAt, bool Signed);
