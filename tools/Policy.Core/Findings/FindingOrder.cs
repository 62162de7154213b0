namespace Policy.Core.Findings;

/// <summary>The one deterministic order of findings in every output: file, line, column, rule, message.</summary>
public sealed class FindingOrder : IComparer<Finding>
{
    public static FindingOrder Instance { get; } = new();

    public int Compare(Finding? x, Finding? y)
    {
        if (ReferenceEquals(x, y))
        {
            return 0;
        }

        if (x is null)
        {
            return -1;
        }

        if (y is null)
        {
            return 1;
        }

        var order = string.CompareOrdinal(x.File, y.File);
        if (order == 0)
        {
            order = x.Line.CompareTo(y.Line);
        }

        if (order == 0)
        {
            order = x.Column.CompareTo(y.Column);
        }

        if (order == 0)
        {
            order = string.CompareOrdinal(x.Rule, y.Rule);
        }

        if (order == 0)
        {
            order = string.CompareOrdinal(x.Pointer, y.Pointer);
        }

        return order != 0 ? order : string.CompareOrdinal(x.Message, y.Message);
    }
}
