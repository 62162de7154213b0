using Policy.Core.History;

namespace Policy.Core.Diff;

/// <summary>Which files' Git history differs between two commits: those a commit reachable from one only touched.</summary>
public static class HistoryDifference
{
    /// <summary>Repository-relative paths under <paramref name="policyPath"/>; null when Git cannot say.</summary>
    public static IReadOnlySet<string>? Between(string root, string baseCommit, string headCommit, string policyPath)
    {
        if (baseCommit == headCommit)
        {
            return new HashSet<string>(StringComparer.Ordinal);
        }

        // base...head: the commits on either side but not both; -z and --no-renames name every path touched.
        var output = GitCommand.Run(root, ["log", "--no-renames", "--name-only", "-z", "--format=", $"{baseCommit}...{headCommit}", "--", policyPath]);
        return output is null
            ? null
            : System.Text.Encoding.UTF8.GetString(output).Split('\0', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToHashSet(StringComparer.Ordinal);
    }
}
