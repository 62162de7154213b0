using System;
using System.Globalization;

namespace Policy.Kernel.Hashing
{
    /// <summary>Serialises a double as ECMAScript's Number.prototype.toString does (RFC 8785 §3.2.2.3).</summary>
    public static class EcmaNumber
    {
        public static string Format(double value)
        {
            if (double.IsNaN(value) || double.IsInfinity(value))
            {
                throw new ArgumentOutOfRangeException(nameof(value), "NaN and Infinity are not JSON numbers");
            }

            if (value == 0)
            {
                return "0"; // also -0
            }

            if (value < 0)
            {
                return "-" + Format(-value);
            }

            ShortestDigits(value, out var digits, out var n);
            var k = digits.Length;
            if (k <= n && n <= 21)
            {
                return digits + new string('0', n - k);
            }

            if (0 < n && n <= 21)
            {
                return digits.Substring(0, n) + "." + digits.Substring(n);
            }

            if (-6 < n && n <= 0)
            {
                return "0." + new string('0', -n) + digits;
            }

            var exponent = n - 1;
            var sign = exponent < 0 ? "-" : "+";
            var mantissa = k == 1 ? digits : digits.Substring(0, 1) + "." + digits.Substring(1);
            return mantissa + "e" + sign + Math.Abs(exponent).ToString(CultureInfo.InvariantCulture);
        }

        // The fewest significant digits that read back as the same double, correctly rounded, so the
        // closest such string (ECMAScript 7.1.12.1). Works on every runtime, unlike "R" on .NET Framework.
        private static void ShortestDigits(double value, out string digits, out int n)
        {
            for (var precision = 1; precision <= 17; precision++)
            {
                var text = value.ToString("E" + (precision - 1).ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
                if (double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture) != value && precision < 17)
                {
                    continue;
                }

                var e = text.IndexOf('E');
                var mantissa = text.Substring(0, e).Replace(".", string.Empty);
                var exponent = int.Parse(text.Substring(e + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
                digits = mantissa.TrimEnd('0');
                if (digits.Length == 0)
                {
                    digits = "0";
                }

                n = exponent + 1;
                return;
            }

            throw new InvalidOperationException("unreachable: 17 digits always round-trip");
        }
    }
}
