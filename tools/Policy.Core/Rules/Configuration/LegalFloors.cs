using Policy.Kernel.Time;
using System.Text.Json.Nodes;
using Policy.Core.Model;
using Policy.JsonSchema;

namespace Policy.Core.Rules.Configuration;

/// <summary>
/// The one place Governance <c>policies</c> values meet the law. Each value is laid over the shipped one
/// when its key is the organisation's policy, or when it tightens the law (a floor raised, a ceiling
/// lowered); a value that would relax the law, or move a fixed one, is refused, listed, and the legal
/// value stays. What each key is comes from rules-config.json's <c>sources</c>; a bound on an object
/// holds for every value inside it. <see cref="RulesConfiguration.From"/> is the only caller.
/// </summary>
internal static class LegalFloors
{
    /// <summary>Four years from a leap year: every month length, and 29 February, as a start day.</summary>
    private static readonly DateTime CycleStart = new(2024, 1, 1);
    private const int CycleDays = (4 * 365) + 1;

    private sealed record Law(LegalBound Bound, string Source, IReadOnlyList<string> Order);

    private enum Verdict { Tightens, Relaxes, Unreadable }

    /// <summary>Lays <paramref name="governance"/> over <paramref name="shipped"/> (changed in place) and returns what it refused.</summary>
    public static IReadOnlyList<RefusedPolicy> Overlay(JsonObject shipped, JsonObject sources, JsonObject governance)
    {
        var refused = new List<RefusedPolicy>();
        Overlay(shipped, governance, "/policies", name => LawOf(sources, name), refused);
        return refused;
    }

    private static void Overlay(JsonObject target, JsonObject given, string pointer, Func<string, Law> lawOf, List<RefusedPolicy> refused)
    {
        foreach (var (name, value) in given.ToList())
        {
            var path = pointer + "/" + JsonPointer.Escape(name);
            var law = lawOf(name);
            var legal = target[name];
            if (value is JsonObject child && legal is JsonObject legalChild)
            {
                Overlay(legalChild, child, path, _ => law, refused);
                continue;
            }

            if (legal is null || law.Bound == LegalBound.Policy)
            {
                target[name] = value?.DeepClone();
                continue;
            }

            var (verdict, applies) = Judge(law, value, legal);
            if (verdict == Verdict.Relaxes)
            {
                refused.Add(new RefusedPolicy(path, value?.ToJsonString() ?? "null", applies.ToJsonString(), law.Bound, law.Source));
                target[name] = applies;
            }
            else
            {
                // A tighter value applies; an unreadable one is the schema's to report, and its reader falls back to the legal value.
                target[name] = value?.DeepClone();
            }
        }
    }

    /// <summary>What the law says about a top-level key; a key without a <c>sources</c> entry is the organisation's policy.</summary>
    private static Law LawOf(JsonObject sources, string key)
    {
        if (sources[key] is not JsonObject entry)
        {
            return new Law(LegalBound.Policy, string.Empty, []);
        }

        var bound = entry["bound"]?.GetValue<string>() switch
        {
            "floor" => LegalBound.Floor,
            "ceiling" => LegalBound.Ceiling,
            "fixed" => LegalBound.Fixed,
            _ => LegalBound.Policy,
        };
        var order = entry["order"] is JsonArray values ? values.Select(v => v?.GetValue<string>()).OfType<string>().ToList() : [];
        return new Law(bound, entry["source"]?.GetValue<string>() ?? string.Empty, order);
    }

    /// <summary>Whether <paramref name="given"/> keeps within the law, and the value that applies when it does not.</summary>
    private static (Verdict Verdict, JsonNode Applies) Judge(Law law, JsonNode? given, JsonNode legal)
    {
        if (law.Bound == LegalBound.Fixed)
        {
            return (JsonNode.DeepEquals(given, legal) ? Verdict.Tightens : Verdict.Relaxes, legal.DeepClone());
        }

        var floor = law.Bound == LegalBound.Floor;
        var verdict = Compare(law, given, legal) switch
        {
            null => Verdict.Unreadable,
            var order when floor => order >= 0 ? Verdict.Tightens : Verdict.Relaxes,
            var order => order <= 0 ? Verdict.Tightens : Verdict.Relaxes,
        };
        return (verdict, verdict == Verdict.Relaxes ? Applies(floor, given, legal) : legal.DeepClone());
    }

    /// <summary>
    /// Below zero when <paramref name="given"/> is less than the legal value, zero when equal, above when
    /// more; null when the two cannot be compared. A duration is "more" only if it is never shorter,
    /// whatever the start day (P26W is less than P6M: six months can be 184 days).
    /// </summary>
    private static int? Compare(Law law, JsonNode? given, JsonNode legal)
    {
        if (given is JsonArray givenSet && legal is JsonArray legalSet)
        {
            var have = Items(givenSet).ToHashSet(StringComparer.Ordinal);
            var need = Items(legalSet).ToHashSet(StringComparer.Ordinal);
            return have.SetEquals(need) ? 0 : have.IsSupersetOf(need) ? 1 : need.IsSupersetOf(have) ? -1 : law.Bound == LegalBound.Floor ? -1 : 1;
        }

        if (given is not JsonValue givenValue || legal is not JsonValue legalValue)
        {
            return null;
        }

        if (givenValue.TryGetValue(out double givenNumber) && legalValue.TryGetValue(out double legalNumber))
        {
            return givenNumber.CompareTo(legalNumber);
        }

        if (!givenValue.TryGetValue(out string? givenText) || !legalValue.TryGetValue(out string? legalText))
        {
            return null;
        }

        if (law.Order.Count > 0)
        {
            var (at, legalAt) = (IndexOf(law.Order, givenText), IndexOf(law.Order, legalText));
            return at < 0 || legalAt < 0 ? null : at.CompareTo(legalAt);
        }

        if (IsoDuration.Parse(givenText) is not { } duration || IsoDuration.Parse(legalText) is not { } legalDuration)
        {
            return null;
        }

        return duration == legalDuration ? 0
            : AtLeast(duration, legalDuration) ? 1
            : AtLeast(legalDuration, duration) ? -1
            : law.Bound == LegalBound.Floor ? -1 : 1; // shorter on some days and longer on others: not within the law either way
    }

    /// <summary>The legal value, or for a set the legal members with the organisation's additions (for a floor) or within them (for a ceiling).</summary>
    private static JsonNode Applies(bool floor, JsonNode? given, JsonNode legal)
    {
        if (given is JsonArray givenSet && legal is JsonArray legalSet)
        {
            var legalItems = Items(legalSet).ToList();
            var givenItems = Items(givenSet).ToList();
            var applies = floor ? legalItems.Concat(givenItems.Except(legalItems, StringComparer.Ordinal)) : givenItems.Intersect(legalItems, StringComparer.Ordinal);
            return new JsonArray(applies.Select(i => (JsonNode)JsonValue.Create(i)).ToArray());
        }

        return legal.DeepClone();
    }

    private static bool AtLeast(IsoDuration duration, IsoDuration other)
    {
        for (var day = 0; day < CycleDays; day++)
        {
            var start = CycleStart.AddDays(day);
            if (duration.AddTo(start) < other.AddTo(start))
            {
                return false;
            }
        }

        return true;
    }

    private static IEnumerable<string> Items(JsonArray array) =>
        array.OfType<JsonValue>().Select(v => v.TryGetValue(out string? text) ? text : null).OfType<string>();

    private static int IndexOf(IReadOnlyList<string> order, string value)
    {
        for (var i = 0; i < order.Count; i++)
        {
            if (order[i] == value)
            {
                return i;
            }
        }

        return -1;
    }
}
