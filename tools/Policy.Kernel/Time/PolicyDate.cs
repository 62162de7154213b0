using System;
using System.Globalization;

namespace Policy.Kernel.Time
{
    /// <summary>How artefact dates read: <c>YYYY-MM-DD</c>, or an RFC 3339 date-time taken as its UTC moment.</summary>
    public static class PolicyDate
    {
        public static DateTime? Parse(string? text)
        {
            if (text is null)
            {
                return null;
            }

            if (DateTime.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                return date;
            }

            // A date-time needs its date and its time: "2026" or "11/25/2026" is not an artefact date.
            if (text.Length < 16 || text[4] != '-' || text[7] != '-' || (text[10] != 'T' && text[10] != 't' && text[10] != ' '))
            {
                return null;
            }

            return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var moment)
                ? moment.UtcDateTime
                : (DateTime?)null;
        }

        public static string Format(DateTime date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    }
}
