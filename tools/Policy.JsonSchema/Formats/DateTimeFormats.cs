namespace Policy.JsonSchema.Formats;

/// <summary>RFC 3339 full-date, full-time and date-time, and the ISO 8601 durations of RFC 3339 appendix A.</summary>
internal static class DateTimeFormats
{
    public static bool IsDate(string text) => TryDate(text, out _, out _, out _);

    public static bool IsTime(string text) => TryTime(text);

    public static bool IsDateTime(string text)
    {
        if (text.Length < 11 || (text[10] != 'T' && text[10] != 't'))
        {
            return false;
        }

        return IsDate(text[..10]) && TryTime(text[11..]);
    }

    private static bool TryDate(string text, out int year, out int month, out int day)
    {
        year = month = day = 0;
        if (text.Length != 10 || text[4] != '-' || text[7] != '-'
            || !Digits(text, 0, 4, out year) || !Digits(text, 5, 2, out month) || !Digits(text, 8, 2, out day))
        {
            return false;
        }

        return month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(Math.Max(year, 1), month);
    }

    private static bool TryTime(string text)
    {
        // HH:MM:SS[.frac](Z|+HH:MM|-HH:MM)
        if (text.Length < 9 || text[2] != ':' || text[5] != ':'
            || !Digits(text, 0, 2, out var hour) || !Digits(text, 3, 2, out var minute) || !Digits(text, 6, 2, out var second))
        {
            return false;
        }

        var i = 8;
        if (i < text.Length && text[i] == '.')
        {
            var start = ++i;
            while (i < text.Length && char.IsAsciiDigit(text[i]))
            {
                i++;
            }

            if (i == start)
            {
                return false;
            }
        }

        if (i >= text.Length)
        {
            return false;
        }

        int offsetMinutes;
        if (text[i] is 'Z' or 'z')
        {
            if (i + 1 != text.Length)
            {
                return false;
            }

            offsetMinutes = 0;
        }
        else if (text[i] is '+' or '-')
        {
            if (text.Length - i != 6 || text[i + 3] != ':' || !Digits(text, i + 1, 2, out var offsetHour) || !Digits(text, i + 4, 2, out var offsetMinute)
                || offsetHour > 23 || offsetMinute > 59)
            {
                return false;
            }

            offsetMinutes = (offsetHour * 60 + offsetMinute) * (text[i] == '+' ? 1 : -1);
        }
        else
        {
            return false;
        }

        if (hour > 23 || minute > 59 || second > 60)
        {
            return false;
        }

        if (second == 60)
        {
            // A leap second exists only at 23:59:60 UTC.
            var utcMinutes = ((hour * 60 + minute - offsetMinutes) % 1440 + 1440) % 1440;
            return utcMinutes == 23 * 60 + 59;
        }

        return true;
    }

    public static bool IsDuration(string text)
    {
        // P(nY)(nM)(nW)(nD)(T(nH)(nM)(nS)); W alone; at least one element; T needs one.
        if (text.Length < 2 || text[0] != 'P')
        {
            return false;
        }

        var i = 1;
        var datePart = "YMD";
        var timePart = "HMS";
        var lastDate = -1;
        var elements = 0;
        while (i < text.Length && text[i] != 'T')
        {
            if (!Number(text, ref i) || i >= text.Length)
            {
                return false;
            }

            if (text[i] == 'W')
            {
                return elements == 0 && i == text.Length - 1; // weeks stand alone
            }

            var index = datePart.IndexOf(text[i]);
            if (index < 0 || (lastDate >= 0 && index != lastDate + 1))
            {
                return false;
            }

            lastDate = index;
            elements++;
            i++;
        }

        if (i < text.Length)
        {
            i++; // T
            var lastTime = -1;
            var timeElements = 0;
            while (i < text.Length)
            {
                if (!Number(text, ref i) || i >= text.Length)
                {
                    return false;
                }

                var index = timePart.IndexOf(text[i]);
                if (index < 0 || (lastTime >= 0 && index != lastTime + 1))
                {
                    return false;
                }

                lastTime = index;
                timeElements++;
                i++;
            }

            if (timeElements == 0)
            {
                return false;
            }

            elements += timeElements;
        }

        return elements > 0;
    }

    private static bool Number(string text, ref int i)
    {
        var start = i;
        while (i < text.Length && char.IsAsciiDigit(text[i]))
        {
            i++;
        }

        return i > start;
    }

    private static bool Digits(string text, int start, int count, out int value)
    {
        value = 0;
        if (start + count > text.Length)
        {
            return false;
        }

        for (var i = start; i < start + count; i++)
        {
            if (!char.IsAsciiDigit(text[i]))
            {
                return false;
            }

            value = value * 10 + (text[i] - '0');
        }

        return true;
    }
}
