using Policy.Core.Findings;

namespace Policy.Core.Catalog;

/// <summary>The findings of `policy release` and `policy verify` (docs/approvals.md, Releasing and Verifying a release).</summary>
public static class ReleaseRules
{
    private const string Family = "approvals";

    public static RuleDescriptor NotApproved { get; } = new(
        "XR-APP-12", Family, Severity.Error,
        "Every artefact in a release's scope is approved on the release day (signatures verified where required).",
        "docs/approvals.md (Releasing)");

    public static RuleDescriptor ManifestMismatch { get; } = new(
        "XR-APP-13", Family, Severity.Error,
        "A release manifest lists every governed file of the tagged tree, and nothing else, with the hashes and approvals the tree gives.",
        "docs/approvals.md (Verifying a release)");

    public static RuleDescriptor NoManifest { get; } = new(
        "XR-APP-14", Family, Severity.Error,
        "A release tag is an annotated tag whose message holds a readable release manifest.",
        "docs/approvals.md (Verifying a release)");

    public static RuleDescriptor TagMoved { get; } = new(
        "XR-APP-15", Family, Severity.Error,
        "A release tag points at the commit its manifest records.",
        "docs/approvals.md (Verifying a release)");

    public static RuleDescriptor TagSignature { get; } = new(
        "XR-APP-16", Family, Severity.Error,
        "A signed release tag's signature verifies (git verify-tag).",
        "docs/approvals.md (Verifying a release)");

    public static IReadOnlyList<RuleDescriptor> All { get; } = [NotApproved, ManifestMismatch, NoManifest, TagMoved, TagSignature];
}
