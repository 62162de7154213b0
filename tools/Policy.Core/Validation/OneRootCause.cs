using Policy.Core.Catalog;
using Policy.Core.Findings;

namespace Policy.Core.Validation;

/// <summary>
/// Several schemas carry, as <c>if</c>/<c>then</c>, a condition that a repository rule also checks
/// (so editors show it while typing). When both fire on the same value, the report keeps the rule's
/// finding, which names the legal source and what to do, and drops the schema's: one root cause, one finding.
/// A rule finding that sits beside a missing property (XR-DF-04 on the country that makes `transfer`
/// required, XR-HO-01 on the mode that makes `art22Exception` required) names it as its subject.
/// </summary>
public static class OneRootCause
{
    /// <param name="rules">The run's rules, which say whose findings explain content (<see cref="RuleDescriptor.ExplainsContent"/>).</param>
    public static IEnumerable<Finding> Apply(IReadOnlyList<Finding> findings, RuleCatalog rules)
    {
        // A rule finding explains the value it sits on and, when it is about a missing property, that property.
        var explained = findings
            .Where(f => rules.TryGet(f.Rule, out var rule) && rule.ExplainsContent)
            .SelectMany(f => f.SubjectPointer is { } subject ? [(f.File, f.Pointer), (f.File, subject)] : new[] { (f.File, f.Pointer) })
            .ToHashSet();
        return findings.Where(f => f.Rule != InputRules.SchemaViolation.Id || !Explains(explained, f));
    }

    /// <summary>
    /// A schema error is explained by a rule finding at the same value, and a missing property also by one
    /// at (or under) that property. The whole document ("") is never a match: a rule about the artefact as
    /// a whole (a stale approval) does not explain a broken field.
    /// </summary>
    private static bool Explains(HashSet<(string File, string Pointer)> explained, Finding schema) =>
        (schema.Pointer.Length > 0 && explained.Contains((schema.File, schema.Pointer)))
        || (schema.SubjectPointer is { } subject
            && explained.Any(e => e.File == schema.File && (e.Pointer == subject || e.Pointer.StartsWith(subject + "/", StringComparison.Ordinal))));
}
