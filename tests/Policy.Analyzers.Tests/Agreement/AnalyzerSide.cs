using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using Policy.Analyzers.Policies;

namespace Policy.Analyzers.Tests.Agreement;

/// <summary>
/// The analyzers' path from file bytes to approval verdicts: the text decoded as the compiler decodes an
/// AdditionalFile (from a stream, BOM detected), parsed by the embedded reader, then the kernel through PolicyIndex.
/// </summary>
internal static class AnalyzerSide
{
    public static (IReadOnlyList<ApprovalVerdict> Verdicts, bool GovernanceInForce) Verdicts(string policies, DateTime today)
    {
        var files = new List<PolicyFile>();
        foreach (var path in Directory.EnumerateFiles(policies, "*.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            using var stream = File.OpenRead(path);
            var text = SourceText.From(stream);
            files.Add(new PolicyFile(path, text, PolicyDocument.Read(text)));
        }

        var options = PolicyOptions.Read(new TodayOption(today), DateTime.UtcNow);
        var index = new PolicyIndex(files, options);
        var verdicts = new List<ApprovalVerdict>();
        foreach (var artefact in index.Artefacts.Where(a => a.Kind != "Approval" && a.ContentHash is not null).OrderBy(a => a.File.Path, StringComparer.Ordinal))
        {
            var status = index.ApprovalOf(artefact);
            var file = Path.GetRelativePath(policies, artefact.File.Path).Replace('\\', '/');
            var problems = string.Join("\n", status.Problems.Select(p => $"{p.Kind}: {p.Message}"));
            verdicts.Add(new ApprovalVerdict(file, artefact.Kind, artefact.Id, status.IsApproved, status.Approval?.Id, problems));
        }

        return (verdicts, index.Governance.InForce);
    }

    private sealed class TodayOption(DateTime today) : AnalyzerConfigOptions
    {
        public override bool TryGetValue(string key, out string value)
        {
            value = key == PolicyOptions.TodayKey ? today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) : null!;
            return value is not null;
        }
    }
}
