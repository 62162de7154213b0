namespace Policy.Core.Model;

/// <summary>
/// The countries of the European Economic Area as the schemas define them (schemas/defs/common.schema.json
/// <c>$defs/eeaCountry</c>; a test keeps both lists equal): GDPR Chapter V does not apply inside, and HDS 2024
/// allows physical hosting there.
/// </summary>
public static class EeaCountries
{
    public static IReadOnlySet<string> All { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR", "GR", "HR", "HU", "IE", "IT", "LT", "LU", "LV",
        "MT", "NL", "PL", "PT", "RO", "SE", "SI", "SK", "IS", "LI", "NO", "AX", "GF", "GP", "MF", "MQ", "RE", "YT",
    };

    public static bool Contains(string? country) => country is not null && All.Contains(country);
}
