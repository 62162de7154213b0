using System.Text.Json;

namespace Policy.Core.Model;

/// <summary>
/// The shared taxonomy (schemas/taxonomy.json): data categories, purposes and data subjects, each a
/// key with an explicit parent. A rule on a parent key covers its children (FIDES semantics).
/// </summary>
public sealed class Taxonomy
{
    private readonly Dictionary<string, string?> categoryParents;
    private readonly Dictionary<string, string?> purposeParents;
    private readonly HashSet<string> subjects;
    private readonly HashSet<string> specialCategories;

    private Taxonomy(Dictionary<string, string?> categoryParents, HashSet<string> specialCategories, Dictionary<string, string?> purposeParents, HashSet<string> subjects)
    {
        this.categoryParents = categoryParents;
        this.specialCategories = specialCategories;
        this.purposeParents = purposeParents;
        this.subjects = subjects;
    }

    public static Taxonomy Empty { get; } = new([], [], [], []);

    public IReadOnlyCollection<string> Categories => categoryParents.Keys;

    public IReadOnlyCollection<string> Purposes => purposeParents.Keys;

    public IReadOnlyCollection<string> Subjects => subjects;

    public static Taxonomy FromJson(JsonElement root)
    {
        var categories = new Dictionary<string, string?>(StringComparer.Ordinal);
        var special = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in root.Items("dataCategories"))
        {
            if (entry.String("key") is { } key)
            {
                categories[key] = entry.String("parent");
                if (entry.Bool("special") == true)
                {
                    special.Add(key);
                }
            }
        }

        var purposes = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var entry in root.Items("purposes"))
        {
            if (entry.String("key") is { } key)
            {
                purposes[key] = entry.String("parent");
            }
        }

        var subjects = new HashSet<string>(root.Items("dataSubjects").Select(e => e.String("key")).OfType<string>(), StringComparer.Ordinal);
        return new Taxonomy(categories, special, purposes, subjects);
    }

    public bool IsCategory(string key) => categoryParents.ContainsKey(key);

    public bool IsPurpose(string key) => purposeParents.ContainsKey(key);

    public bool IsSubject(string key) => subjects.Contains(key);

    /// <summary>GDPR Art. 9 special category (health, genetic, biometric), itself or through a parent.</summary>
    public bool IsSpecialCategory(string key) => SelfAndAncestors(categoryParents, key).Any(specialCategories.Contains);

    /// <summary>True when <paramref name="declared"/> is <paramref name="used"/> or one of its ancestors.</summary>
    public bool CategoryCovers(string declared, string used) => SelfAndAncestors(categoryParents, used).Contains(declared, StringComparer.Ordinal);

    /// <summary>True when some key of <paramref name="declared"/> covers <paramref name="used"/>.</summary>
    public bool CategoriesCover(IEnumerable<string> declared, string used) => declared.Any(d => CategoryCovers(d, used));

    public bool PurposeCovers(string declared, string used) => SelfAndAncestors(purposeParents, used).Contains(declared, StringComparer.Ordinal);

    private static IEnumerable<string> SelfAndAncestors(Dictionary<string, string?> parents, string key)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        string? current = key;
        while (current is not null && seen.Add(current))
        {
            yield return current;
            current = parents.TryGetValue(current, out var parent) ? parent : null;
        }
    }
}
