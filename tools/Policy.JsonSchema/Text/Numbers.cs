using System.Globalization;
using System.Text.Json;

namespace Policy.JsonSchema.Text;

/// <summary>
/// JSON numbers compared exactly where decimal can hold them (so 0.1 + 0.2 style errors do not
/// appear), and as double beyond that (big or tiny numbers).
/// </summary>
internal readonly struct JsonNumber
{
    private readonly decimal exact;
    private readonly double approximate;

    private JsonNumber(decimal exact, double approximate, bool isExact)
    {
        this.exact = exact;
        this.approximate = approximate;
        IsExact = isExact;
    }

    public bool IsExact { get; }

    public double AsDouble => IsExact ? (double)exact : approximate;

    public decimal Exact => exact;

    public static JsonNumber From(JsonElement element)
    {
        if (element.TryGetDecimal(out var value))
        {
            return new JsonNumber(value, 0, true);
        }

        return new JsonNumber(0, ParseDouble(element.GetRawText()), false);
    }

    public static double ParseDouble(string raw) =>
        double.Parse(raw, NumberStyles.Float, CultureInfo.InvariantCulture); // ±Infinity beyond range, never throws for JSON numbers

    public int CompareTo(JsonNumber other) =>
        IsExact && other.IsExact ? exact.CompareTo(other.exact) : AsDouble.CompareTo(other.AsDouble);
}

internal static class Numbers
{
    public static bool IsInteger(JsonElement element)
    {
        if (element.TryGetInt64(out _))
        {
            return true;
        }

        if (element.TryGetDecimal(out var exact))
        {
            return decimal.Truncate(exact) == exact;
        }

        var value = JsonNumber.ParseDouble(element.GetRawText());
        return double.IsFinite(value) ? Math.Floor(value) == value : true; // beyond double range: only integers get that big
    }
}
