using Policy.Kernel.Json;

namespace Policy.Kernel.Artefacts
{
    /// <summary>
    /// An artefact as the kernel sees it: its kind, id and fields by path, and its content hash
    /// computed once from the parsed document. The CLI's Artefact and the analyzers' PolicyArtefact
    /// each implement it over their own parse.
    /// </summary>
    public interface IArtefactView
    {
        string Kind { get; }

        string Id { get; }

        IJsonNode Root { get; }

        /// <summary>The <c>sha256:</c> content hash, or null when the document has no canonical form.</summary>
        string? ContentHash { get; }
    }
}
