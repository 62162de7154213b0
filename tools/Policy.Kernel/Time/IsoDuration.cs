using System;
using System.Globalization;
using System.Text;

namespace Policy.Kernel.Time
{
    /// <summary>
    /// An ISO 8601 duration (<c>P1Y6M</c>, <c>P30D</c>, <c>PT12H</c>, <c>P2W</c>, <c>P1DT12H</c>), added to
    /// dates calendar-wise: P1M after 31 January is the end of February.
    /// </summary>
    public readonly struct IsoDuration : IEquatable<IsoDuration>
    {
        public IsoDuration(int years, int months, int days, TimeSpan time)
        {
            Years = years;
            Months = months;
            Days = days;
            Time = time;
        }

        public int Years { get; }

        public int Months { get; }

        /// <summary>Days, weeks included (a week is seven days).</summary>
        public int Days { get; }

        /// <summary>The time part: hours, minutes and seconds.</summary>
        public TimeSpan Time { get; }

        /// <summary>An approximate length (a month as 30 days, a year as 365) for comparing durations.</summary>
        public TimeSpan Approximate => TimeSpan.FromDays((365.0 * Years) + (30.0 * Months) + Days) + Time;

        public static IsoDuration? Parse(string? text) => TryParse(text, out var duration) ? duration : (IsoDuration?)null;

        /// <summary>
        /// Reads <c>PnYnMnWnDTnHnMnS</c>: each part optional but at least one present, in that order, whole
        /// numbers except the seconds; a <c>T</c> must be followed by a time part.
        /// </summary>
        public static bool TryParse(string? text, out IsoDuration duration)
        {
            duration = default;
            if (text is null || text.Length < 2 || text[0] != 'P')
            {
                return false;
            }

            long years = 0, months = 0, weeks = 0, days = 0, hours = 0, minutes = 0;
            double seconds = 0;
            var order = "YMWD";
            var position = 1;
            var inTime = false;
            var parts = 0;
            var timeParts = 0;
            while (position < text.Length)
            {
                if (text[position] == 'T')
                {
                    if (inTime)
                    {
                        return false;
                    }

                    inTime = true;
                    order = "HMS";
                    position++;
                    continue;
                }

                var start = position;
                while (position < text.Length && (char.IsDigit(text[position]) || (inTime && text[position] == '.')))
                {
                    position++;
                }

                if (position == start || position >= text.Length)
                {
                    return false;
                }

                var number = text.Substring(start, position - start);
                var designator = text[position++];
                var slot = order.IndexOf(designator);
                if (slot < 0)
                {
                    return false;
                }

                order = order.Substring(slot + 1); // each designator once, in order
                if (designator == 'S' && inTime)
                {
                    if (!double.TryParse(number, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out seconds) || number.EndsWith(".", StringComparison.Ordinal) || number.StartsWith(".", StringComparison.Ordinal))
                    {
                        return false;
                    }
                }
                else if (number.IndexOf('.') >= 0 || !long.TryParse(number, NumberStyles.None, CultureInfo.InvariantCulture, out var whole) || whole > int.MaxValue)
                {
                    return false;
                }
                else
                {
                    switch (inTime ? "T" + designator : designator.ToString())
                    {
                        case "Y": years = whole; break;
                        case "M": months = whole; break;
                        case "W": weeks = whole; break;
                        case "D": days = whole; break;
                        case "TH": hours = whole; break;
                        default: minutes = whole; break;
                    }
                }

                parts++;
                if (inTime)
                {
                    timeParts++;
                }
            }

            if (parts == 0 || (inTime && timeParts == 0) || days + (7 * weeks) > int.MaxValue)
            {
                return false;
            }

            var time = TimeSpan.FromHours(hours) + TimeSpan.FromMinutes(minutes) + TimeSpan.FromSeconds(seconds);
            duration = new IsoDuration((int)years, (int)months, (int)(days + (7 * weeks)), time);
            return true;
        }

        public DateTime AddTo(DateTime start) => start.AddYears(Years).AddMonths(Months).AddDays(Days).Add(Time);

        public DateTimeOffset AddTo(DateTimeOffset start) => start.AddYears(Years).AddMonths(Months).AddDays(Days).Add(Time);

        public bool Equals(IsoDuration other) => Years == other.Years && Months == other.Months && Days == other.Days && Time == other.Time;

        public override bool Equals(object? obj) => obj is IsoDuration other && Equals(other);

        public override int GetHashCode() => (((((Years * 397) ^ Months) * 397) ^ Days) * 397) ^ Time.GetHashCode();

        public static bool operator ==(IsoDuration left, IsoDuration right) => left.Equals(right);

        public static bool operator !=(IsoDuration left, IsoDuration right) => !left.Equals(right);

        public override string ToString()
        {
            var text = new StringBuilder("P");
            if (Years != 0)
            {
                text.Append(Years.ToString(CultureInfo.InvariantCulture)).Append('Y');
            }

            if (Months != 0)
            {
                text.Append(Months.ToString(CultureInfo.InvariantCulture)).Append('M');
            }

            if (Days != 0)
            {
                text.Append(Days.ToString(CultureInfo.InvariantCulture)).Append('D');
            }

            if (Time != TimeSpan.Zero)
            {
                text.Append('T');
                if ((int)Time.TotalHours != 0)
                {
                    text.Append(((int)Time.TotalHours).ToString(CultureInfo.InvariantCulture)).Append('H');
                }

                if (Time.Minutes != 0)
                {
                    text.Append(Time.Minutes.ToString(CultureInfo.InvariantCulture)).Append('M');
                }

                var seconds = Time.Seconds + (Time.Milliseconds / 1000.0);
                if (seconds != 0)
                {
                    text.Append(seconds.ToString(CultureInfo.InvariantCulture)).Append('S');
                }
            }

            return text.Length == 1 ? "P0D" : text.ToString();
        }
    }
}
