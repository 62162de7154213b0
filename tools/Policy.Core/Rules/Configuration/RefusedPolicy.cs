namespace Policy.Core.Rules.Configuration;

/// <summary>A Governance <c>policies</c> value that would have relaxed the law, refused; the legal value applies instead.</summary>
/// <param name="Pointer">Where it is in the Governance artefact, for example <c>/policies/logRetentionMin</c>.</param>
/// <param name="Given">The Governance value, as JSON.</param>
/// <param name="Legal">The value that applies instead, as JSON.</param>
public sealed record RefusedPolicy(string Pointer, string Given, string Legal, LegalBound Bound, string Source);
