using System.Text.Json;
using Policy.Core.Findings;
using Policy.JsonSchema;
using Policy.Kernel.Artefacts;
using Policy.Kernel.Json;

namespace Policy.Core.Model;

/// <summary>
/// One governance artefact as loaded: its file, its strictly parsed JSON with source positions, and
/// the envelope fields every rule uses. Immutable after loading; safe to read from several threads.
/// </summary>
public sealed class Artefact : IArtefactView
{
    private readonly JsonSourceDocument document;
    private readonly Lazy<string?> contentHash;

    public Artefact(string file, JsonSourceDocument document)
    {
        File = file;
        this.document = document;
        Root = document.Root;
        Kind = Root.String("kind") ?? string.Empty;
        Id = Root.String("id") ?? string.Empty;
        System = Root.String("system");
        Version = Root.String("version");
        contentHash = new Lazy<string?>(ComputeHash, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>The parsed file, with the positions of its values.</summary>
    public JsonSourceDocument Document => document;

    /// <summary>Repository-relative path with forward slashes.</summary>
    public string File { get; }

    public JsonElement Root { get; }

    public string Kind { get; }

    public string Id { get; }

    /// <summary>The id of the SystemCard this artefact belongs to (the SystemCard's own id for a SystemCard).</summary>
    public string? System { get; }

    public string? Version { get; }

    public string? OwnerName => Root.String("owner", "name");

    public string? OwnerEmail => Root.String("owner", "email");

    public DateTime? ReviewDue => Root.Date("reviewDue");

    /// <summary>The system this artefact is about: <see cref="System"/>, or its own id for a SystemCard.</summary>
    public string? SystemId => Kind == ArtefactKinds.SystemCard ? Id : System;

    /// <summary>The kernel's view of <see cref="Root"/>.</summary>
    public IJsonNode Node => new ElementNode(Root);

    IJsonNode IArtefactView.Root => Node;

    /// <summary>
    /// The content hash (docs/format.md): <c>sha256:</c> of the RFC 8785 form, from the parsed document; null if it has no canonical form.
    /// Computed on first read (approval targets, rules comparing hashes), not at load.
    /// </summary>
    public string? ContentHash => contentHash.Value;

    /// <summary>Whether <see cref="ContentHash"/> is (or would be) non-null, decided by the canonical walk without building the form or hashing.</summary>
    public bool HasContentHash => contentHash.IsValueCreated ? contentHash.Value is not null : ElementSource.HasCanonicalForm(Root);

    /// <summary>Whether the hash has been computed yet (tests observe that loading alone does not).</summary>
    internal bool IsContentHashComputed => contentHash.IsValueCreated;

    /// <summary>Where the value at an RFC 6901 pointer starts (its nearest existing ancestor if absent).</summary>
    public SourceLocation At(string pointer)
    {
        var position = document.GetPosition(pointer);
        return new SourceLocation(File, position.Line, position.Column, pointer);
    }

    /// <summary>Where the member name of the value at the pointer starts (better for "this property should not be here").</summary>
    public SourceLocation AtName(string pointer)
    {
        var position = document.GetPropertyNamePosition(pointer);
        return new SourceLocation(File, position.Line, position.Column, pointer);
    }

    public override string ToString() => $"{Kind} '{Id}' ({File})";

    private string? ComputeHash() => ElementSource.TryHash(Root);
}
