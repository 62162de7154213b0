using System.Globalization;
using System.Text.RegularExpressions;

namespace Policy.Core.Model;

/// <summary>
/// An ISO 8601 duration (<c>P1Y6M</c>, <c>P30D</c>, <c>PT12H</c>, <c>P2W</c>), added to dates
/// calendar-wise: P1M after 31 January is the end of February.
/// </summary>
public readonly partial record struct IsoDuration(int Years, int Months, int Days, TimeSpan Time)
{
    public static bool TryParse(string? text, out IsoDuration duration)
    {
        duration = default;
        if (text is null)
        {
            return false;
        }

        var match = Pattern().Match(text);
        if (!match.Success || text == "P" || text.EndsWith('T'))
        {
            return false;
        }

        int Part(string name) => match.Groups[name].Success ? int.Parse(match.Groups[name].Value, CultureInfo.InvariantCulture) : 0;
        double Fraction(string name) => match.Groups[name].Success ? double.Parse(match.Groups[name].Value, CultureInfo.InvariantCulture) : 0;
        var time = TimeSpan.FromHours(Part("h")) + TimeSpan.FromMinutes(Part("min")) + TimeSpan.FromSeconds(Fraction("s"));
        duration = new IsoDuration(Part("y"), Part("mo"), Part("d") + (7 * Part("w")), time);
        return true;
    }

    public static IsoDuration? Parse(string? text) => TryParse(text, out var duration) ? duration : null;

    public DateTime AddTo(DateTime start) => start.AddYears(Years).AddMonths(Months).AddDays(Days).Add(Time);

    /// <summary>An approximate length (a month as 30 days, a year as 365) for comparing durations.</summary>
    public TimeSpan Approximate => TimeSpan.FromDays((365 * Years) + (30 * Months) + Days) + Time;

    public override string ToString()
    {
        var text = "P" + (Years != 0 ? $"{Years}Y" : string.Empty) + (Months != 0 ? $"{Months}M" : string.Empty) + (Days != 0 ? $"{Days}D" : string.Empty);
        if (Time != TimeSpan.Zero)
        {
            text += "T" + (Time.Hours != 0 || Time.Days != 0 ? $"{(int)Time.TotalHours}H" : string.Empty) + (Time.Minutes != 0 ? $"{Time.Minutes}M" : string.Empty) + (Time.Seconds != 0 ? $"{Time.Seconds}S" : string.Empty);
        }

        return text == "P" ? "P0D" : text;
    }

    [GeneratedRegex(@"^P(?:(?<y>\d+)Y)?(?:(?<mo>\d+)M)?(?:(?<w>\d+)W)?(?:(?<d>\d+)D)?(?:T(?:(?<h>\d+)H)?(?:(?<min>\d+)M)?(?:(?<s>\d+(?:\.\d+)?)S)?)?$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
