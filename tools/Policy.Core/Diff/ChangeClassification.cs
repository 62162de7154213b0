using System.Text.Json;
using Policy.Core.Rules.Configuration;
using Policy.Kernel.Time;

namespace Policy.Core.Diff;

/// <summary>
/// The committee's reading of a change, as data (<c>diff-classification.json</c>, embedded): one table
/// per kind, then a <c>common</c> table; the first entry whose path, change and test match decides.
/// </summary>
public sealed class ChangeClassification
{
    private const string Common = "common";
    private readonly Dictionary<string, IReadOnlyList<ClassificationEntry>> tables;

    private ChangeClassification(Dictionary<string, IReadOnlyList<ClassificationEntry>> tables) => this.tables = tables;

    /// <summary>The shipped classification.</summary>
    public static ChangeClassification Shipped { get; } = Load();

    /// <summary>The class and reason; <c>Specific</c> is false when no entry matched and the change is neutral by default.</summary>
    public readonly record struct Verdict(DiffClass Class, string Reason, bool Specific);

    public Verdict Classify(string kind, string pointer, ChangeType change, JsonElement? before, JsonElement? after)
    {
        // Split once: every entry of both tables matches against the same segments.
        var segments = pointer.Length == 0 ? [] : pointer[1..].Split('/');
        foreach (var table in new[] { kind, Common })
        {
            if (!tables.TryGetValue(table, out var entries))
            {
                continue;
            }

            foreach (var entry in entries)
            {
                if (entry.Matches(segments, change) && entry.Decide(before, after) is { } verdict)
                {
                    return verdict;
                }
            }
        }

        return new Verdict(DiffClass.Neutral, DefaultReason(change), false);
    }

    /// <summary>The kinds that have a table of their own.</summary>
    public IEnumerable<string> Kinds => tables.Keys.Where(k => k != Common);

    private static string DefaultReason(ChangeType change) => change switch
    {
        ChangeType.Added => "A value is added.",
        ChangeType.Removed => "A value is removed.",
        ChangeType.Moved => "The artefact moved.",
        _ => "A value changes.",
    };

    private static ChangeClassification Load()
    {
        using var stream = typeof(ChangeClassification).Assembly.GetManifestResourceStream("Policy.Core.diff-classification.json")
            ?? throw new InvalidOperationException("diff-classification.json is not embedded in Policy.Core");
        using var document = JsonDocument.Parse(stream);
        var tables = new Dictionary<string, IReadOnlyList<ClassificationEntry>>(StringComparer.Ordinal);
        foreach (var kind in document.RootElement.GetProperty("kinds").EnumerateObject())
        {
            tables[kind.Name] = kind.Value.EnumerateArray().Select(e => ClassificationEntry.From(kind.Name, e)).ToList();
        }

        return new ChangeClassification(tables);
    }

    /// <summary>One row of a table.</summary>
    private sealed class ClassificationEntry
    {
        private string[] pattern = [];
        private HashSet<ChangeType>? changes;
        private string? test;
        private JsonElement? value;
        private string? field;
        private List<string> order = [];
        private DiffClass? single;
        private string reason = string.Empty;
        private DiffClass? increase;
        private DiffClass? decrease;
        private string increaseReason = string.Empty;
        private string decreaseReason = string.Empty;
        private int minLength;
        private double maxEditRatio;

        public static ClassificationEntry From(string table, JsonElement e)
        {
            DiffClass? ClassOf(string name) => e.TryGetProperty(name, out var c)
                ? DiffNames.TryParseClass(c.GetString(), out var parsed) ? parsed : throw new InvalidOperationException($"diff-classification.json, table {table}: unknown class '{c.GetString()}'")
                : null;
            string Text(string name) => e.TryGetProperty(name, out var t) ? t.GetString() ?? string.Empty : string.Empty;

            var path = Text("path");
            var entry = new ClassificationEntry
            {
                pattern = path.Length == 0 ? [] : path[1..].Split('/'),
                test = e.TryGetProperty("test", out var t) ? t.GetString() : null,
                value = e.TryGetProperty("value", out var v) ? v.Clone() : null,
                field = e.TryGetProperty("field", out var f) ? f.GetString() : null,
                order = e.TryGetProperty("order", out var o) ? o.EnumerateArray().Select(i => i.GetString()!).ToList() : [],
                single = ClassOf("class"),
                reason = Text("reason"),
                increase = ClassOf("increase"),
                decrease = ClassOf("decrease"),
                increaseReason = Text("increaseReason"),
                decreaseReason = Text("decreaseReason"),
                minLength = e.TryGetProperty("minLength", out var m) ? m.GetInt32() : 0,
                maxEditRatio = e.TryGetProperty("maxEditRatio", out var r) ? r.GetDouble() : 0,
            };
            if (e.TryGetProperty("change", out var changeList))
            {
                entry.changes = [];
                foreach (var item in changeList.EnumerateArray())
                {
                    entry.changes.Add(DiffNames.TryParseChange(item.GetString(), out var parsed) ? parsed : throw new InvalidOperationException($"diff-classification.json, table {table}: unknown change '{item.GetString()}'"));
                }
            }

            return entry;
        }

        /// <param name="segments">The pointer's reference tokens, as written (unescaped tokens are never compared).</param>
        public bool Matches(string[] segments, ChangeType change) =>
            (changes is null || changes.Contains(change)) && PathMatches(segments, 0, 0);

        private bool PathMatches(string[] segments, int s, int p)
        {
            if (p == pattern.Length)
            {
                return s == segments.Length;
            }

            if (pattern[p] == "**")
            {
                for (var skip = s; skip <= segments.Length; skip++)
                {
                    if (PathMatches(segments, skip, p + 1))
                    {
                        return true;
                    }
                }

                return false;
            }

            return s < segments.Length && (pattern[p] == "*" || pattern[p] == segments[s]) && PathMatches(segments, s + 1, p + 1);
        }

        /// <summary>The verdict when the entry's test holds, else null (the next entry is tried).</summary>
        public Verdict? Decide(JsonElement? before, JsonElement? after)
        {
            before = Field(before);
            after = Field(after);
            switch (test)
            {
                case null:
                    return Single();
                case "becomes":
                    return after is { } a && value is { } expected && Same(a, expected) && !(before is { } b && Same(b, expected)) ? Single() : null;
                case "prefix":
                    var subject = after ?? before;
                    return subject is { ValueKind: JsonValueKind.String } s && value?.GetString() is { } prefix && s.GetString()!.StartsWith(prefix, StringComparison.Ordinal) ? Single() : null;
                case "outsideEea":
                    return OutsideEea(after) && !OutsideEea(before) ? Single() : null;
                case "textEdit":
                    return before is { ValueKind: JsonValueKind.String } x && after is { ValueKind: JsonValueKind.String } y && IsSmallEdit(x.GetString()!, y.GetString()!) ? Single() : null;
                case "order":
                    return Direction(Rank(before), Rank(after));
                case "number":
                    return Direction(before is { ValueKind: JsonValueKind.Number } n1 ? n1.GetDouble() : null, after is { ValueKind: JsonValueKind.Number } n2 ? n2.GetDouble() : null);
                case "duration":
                    return Direction(Length(before), Length(after));
                default:
                    throw new InvalidOperationException($"diff-classification.json: unknown test '{test}'");
            }
        }

        private JsonElement? Field(JsonElement? element) =>
            field is not null && element is { ValueKind: JsonValueKind.Object } o && o.TryGetProperty(field, out var inner) ? inner : element;

        private Verdict? Single() => single is { } c ? new Verdict(c, reason, true) : null;

        private Verdict? Direction(double? before, double? after)
        {
            if (before is not { } b || after is not { } a || a == b)
            {
                return null;
            }

            return a > b
                ? increase is { } up ? new Verdict(up, increaseReason, true) : null
                : decrease is { } down ? new Verdict(down, decreaseReason, true) : null;
        }

        private double? Rank(JsonElement? element)
        {
            var index = element is { ValueKind: JsonValueKind.String } s ? order.IndexOf(s.GetString()!) : -1;
            return index < 0 ? null : index;
        }

        private static double? Length(JsonElement? element) =>
            element is { ValueKind: JsonValueKind.String } s && IsoDuration.Parse(s.GetString()) is { } d ? d.Approximate.TotalSeconds : null;

        private static bool OutsideEea(JsonElement? element) =>
            element is { ValueKind: JsonValueKind.String } s && !RulesConfiguration.Defaults.IsEeaCountry(s.GetString()!);

        private static bool Same(JsonElement a, JsonElement b) => a.ValueKind switch
        {
            JsonValueKind.String => b.ValueKind == JsonValueKind.String && a.GetString() == b.GetString(),
            JsonValueKind.True or JsonValueKind.False => a.ValueKind == b.ValueKind,
            JsonValueKind.Number => b.ValueKind == JsonValueKind.Number && a.GetDouble() == b.GetDouble(),
            _ => false,
        };

        private bool IsSmallEdit(string before, string after)
        {
            // Prose only: an identifier, an address or a reference has no spaces, and one letter there changes what it names.
            var length = Math.Max(before.Length, after.Length);
            return Math.Min(before.Length, after.Length) >= minLength
                && before.Contains(' ', StringComparison.Ordinal) && after.Contains(' ', StringComparison.Ordinal)
                && EditDistance.Within(before, after, (int)Math.Floor(length * maxEditRatio));
        }
    }
}
