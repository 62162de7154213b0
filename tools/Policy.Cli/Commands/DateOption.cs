using System.Globalization;

namespace Policy.Cli.Commands;

/// <summary>The one way a date option (--today, --until) is read: YYYY-MM-DD, else a message naming the option.</summary>
internal static class DateOption
{
    /// <param name="fallback">The date when the option is absent.</param>
    /// <returns>Null when the option is absent or a date; otherwise why it is not one.</returns>
    public static string? TryRead(string option, string? text, DateTime fallback, out DateTime date)
    {
        date = fallback;
        if (text is null)
        {
            return null;
        }

        return DateTime.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date)
            ? null
            : $"{option} must be a date written YYYY-MM-DD, not '{text}'";
    }
}
