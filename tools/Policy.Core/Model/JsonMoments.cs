using System.Globalization;
using System.Text.Json;

namespace Policy.Core.Model;

/// <summary>
/// Date-time reads for deadlines (incident reporting): unlike <see cref="JsonRead.Date"/>, which treats a
/// value as a day, this keeps the time and the offset. A value that is not an RFC 3339 date-time reads as absent.
/// </summary>
public static class JsonMoments
{
    public static DateTimeOffset? Moment(this JsonElement element, params string[] path) => ParseMoment(element.String(path));

    public static DateTimeOffset? ParseMoment(string? text) =>
        text is not null && text.Contains('T', StringComparison.OrdinalIgnoreCase)
            && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var moment)
            ? moment
            : null;

    /// <summary>ISO 8601 form in UTC, for messages.</summary>
    public static string ToUtcText(this DateTimeOffset moment) => moment.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm'Z'", CultureInfo.InvariantCulture);
}
