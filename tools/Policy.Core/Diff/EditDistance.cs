namespace Policy.Core.Diff;

/// <summary>Levenshtein distance with a bound, for telling a spelling fix from a rewording.</summary>
public static class EditDistance
{
    /// <summary>True when at most <paramref name="limit"/> insertions, deletions or substitutions turn one text into the other.</summary>
    public static bool Within(string a, string b, int limit)
    {
        if (Math.Abs(a.Length - b.Length) > limit)
        {
            return false;
        }

        // Only the common prefix and suffix can be skipped without changing the distance.
        var start = 0;
        while (start < a.Length && start < b.Length && a[start] == b[start])
        {
            start++;
        }

        var endA = a.Length;
        var endB = b.Length;
        while (endA > start && endB > start && a[endA - 1] == b[endB - 1])
        {
            endA--;
            endB--;
        }

        var x = a.AsSpan(start, endA - start);
        var y = b.AsSpan(start, endB - start);
        var previous = new int[y.Length + 1];
        var current = new int[y.Length + 1];
        for (var j = 0; j <= y.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= x.Length; i++)
        {
            current[0] = i;
            var rowMinimum = current[0];
            for (var j = 1; j <= y.Length; j++)
            {
                var cost = x[i - 1] == y[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                rowMinimum = Math.Min(rowMinimum, current[j]);
            }

            if (rowMinimum > limit)
            {
                return false;
            }

            (previous, current) = (current, previous);
        }

        return previous[y.Length] <= limit;
    }
}
