namespace Policy.Core.Findings;

/// <summary>
/// A place in a repository file: the repository-relative path (forward slashes), 1-based line and
/// column, and the RFC 6901 pointer of the value there ("" for the whole document).
/// </summary>
public sealed record SourceLocation(string File, int Line, int Column, string Pointer)
{
    public static SourceLocation StartOf(string file) => new(file, 1, 1, string.Empty);
}

/// <summary>Another artefact involved in a finding, with why it is involved.</summary>
public sealed record RelatedLocation(SourceLocation Location, string Message);
