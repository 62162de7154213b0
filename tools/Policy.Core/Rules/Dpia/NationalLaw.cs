using System.Text.Json;
using Policy.Core.Model;

namespace Policy.Core.Rules.Dpia;

/// <summary>
/// The evidence a lawful basis gives in its <c>nationalLaw</c> titles: whether one of them contains one
/// of the configured words (case-insensitive), as XR-DPIA-07 reads professional secrecy and XR-DPIA-12 a
/// research framework.
/// </summary>
public static class NationalLaw
{
    public static bool Cites(JsonElement? basis, IReadOnlyList<string> markers) =>
        basis is { } found && found.Items("nationalLaw").Select(l => l.String("title")).OfType<string>()
            .Any(title => markers.Any(m => title.Contains(m, StringComparison.OrdinalIgnoreCase)));
}
