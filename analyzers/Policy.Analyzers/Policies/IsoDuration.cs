using System;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Policy.Analyzers.Policies
{
    /// <summary>Reads the date part of an ISO 8601 duration (P1Y2M3W4D) as days, counting a month as 30 and a year as 365.</summary>
    internal static class IsoDuration
    {
        private static readonly Regex Pattern = new Regex(
            @"^P(?:(?<y>\d+)Y)?(?:(?<m>\d+)M)?(?:(?<w>\d+)W)?(?:(?<d>\d+)D)?(?:T.*)?$",
            RegexOptions.CultureInvariant,
            TimeSpan.FromMilliseconds(100));

        public static TimeSpan? TryParse(string? text)
        {
            if (text is null)
            {
                return null;
            }

            var match = Pattern.Match(text);
            if (!match.Success || text == "P")
            {
                return null;
            }

            int Part(string name) => match.Groups[name].Success ? int.Parse(match.Groups[name].Value, CultureInfo.InvariantCulture) : 0;
            return TimeSpan.FromDays((Part("y") * 365) + (Part("m") * 30) + (Part("w") * 7) + Part("d"));
        }
    }
}
