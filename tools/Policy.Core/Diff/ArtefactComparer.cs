using System.Text.Json;
using System.Text.Json.Nodes;
using Policy.Core.Model;

namespace Policy.Core.Diff;

/// <summary>
/// Matches the artefacts of the changed files by kind and id (a file renamed or moved keeps its
/// artefact), compares each pair, and classifies every difference for the committee.
/// </summary>
public sealed class ArtefactComparer
{
    private const string SchemaPointer = "/$schema";
    private readonly ChangeClassification classification;
    private readonly ListKeys keys;

    public ArtefactComparer(ChangeClassification classification, ListKeys keys)
    {
        this.classification = classification;
        this.keys = keys;
    }

    /// <summary>Every change, most urgent class first, then by file and line.</summary>
    public IReadOnlyList<PolicyChange> Compare(IReadOnlyList<Artefact> older, IReadOnlyList<Artefact> newer, int parallelism = 1)
    {
        var before = ByIdentity(older);
        var after = ByIdentity(newer).Values.ToList();
        var found = new List<PolicyChange>[after.Count];
        Parallel.For(0, after.Count, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, parallelism) }, i =>
        {
            var current = after[i];
            found[i] = (before.TryGetValue((current.Kind, current.Id), out var previous) ? Pair(previous, current) : Added(current)).ToList();
        });

        var changes = found.SelectMany(c => c).ToList();
        var newIdentities = after.Select(a => (a.Kind, a.Id)).ToHashSet();

        foreach (var (identity, previous) in before)
        {
            if (!newIdentities.Contains(identity))
            {
                var verdict = classification.Classify(previous.Kind, string.Empty, ChangeType.Removed, previous.Root, null);
                changes.Add(new PolicyChange(previous.Kind, previous.Id, previous.File, 1, string.Empty, ChangeType.Removed, null, null, verdict.Class, verdict.Reason));
            }
        }

        return changes
            .OrderBy(c => c.Class)
            .ThenBy(c => c.File, StringComparer.Ordinal)
            .ThenBy(c => c.Line)
            .ThenBy(c => c.Pointer, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>The first artefact of each kind and id (XR-REF-01 reports duplicates); artefacts without an id cannot be matched and are skipped.</summary>
    private static Dictionary<(string Kind, string Id), Artefact> ByIdentity(IReadOnlyList<Artefact> artefacts)
    {
        var map = new Dictionary<(string, string), Artefact>();
        foreach (var artefact in artefacts.OrderBy(a => a.File, StringComparer.Ordinal))
        {
            if (artefact.Id.Length > 0)
            {
                map.TryAdd((artefact.Kind, artefact.Id), artefact);
            }
        }

        return map;
    }

    private IEnumerable<PolicyChange> Pair(Artefact previous, Artefact current)
    {
        if (previous.File != current.File)
        {
            var verdict = classification.Classify(current.Kind, string.Empty, ChangeType.Moved, previous.Root, current.Root);
            yield return new PolicyChange(current.Kind, current.Id, current.File, 1, string.Empty, ChangeType.Moved, Quote(previous.File), Quote(current.File), verdict.Class, verdict.Reason);
        }

        // Same canonical form: reformatting or key order only.
        if (previous.ContentHash is not null && previous.ContentHash == current.ContentHash)
        {
            yield break;
        }

        foreach (var raw in JsonTreeDiff.Compare(keys, current.Kind, previous.Root, current.Root))
        {
            if (raw.Pointer == SchemaPointer && previous.File != current.File)
            {
                continue; // the relative path to the schema follows the move
            }

            foreach (var change in Classified(current, raw, onlyUrgent: false))
            {
                yield return change;
            }
        }
    }

    /// <summary>A new artefact: one change for the artefact, and what inside it raises risk or weakens a safeguard.</summary>
    private IEnumerable<PolicyChange> Added(Artefact current)
    {
        var verdict = classification.Classify(current.Kind, string.Empty, ChangeType.Added, null, current.Root);
        yield return new PolicyChange(current.Kind, current.Id, current.File, 1, string.Empty, ChangeType.Added, null, null, verdict.Class, verdict.Reason);
        foreach (var member in current.Root.EnumerateObject())
        {
            var pointer = "/" + Policy.JsonSchema.JsonPointer.Escape(member.Name);
            foreach (var change in Classified(current, new JsonTreeDiff.RawChange(pointer, ChangeType.Added, null, member.Value, pointer), onlyUrgent: true))
            {
                yield return change;
            }
        }
    }

    /// <summary>
    /// The classified change; when nothing in the table speaks of an added or removed object or list as
    /// a whole, what inside it the table does speak of (a country outside the EEA in a new destination).
    /// </summary>
    private IEnumerable<PolicyChange> Classified(Artefact current, JsonTreeDiff.RawChange raw, bool onlyUrgent)
    {
        var found = new List<PolicyChange>();
        Collect(current, raw, found);
        if (found.Count == 0 && !onlyUrgent)
        {
            var verdict = classification.Classify(current.Kind, raw.Pointer, raw.Change, raw.Before, raw.After);
            found.Add(ToChange(current, raw, verdict));
        }

        return onlyUrgent ? found.Where(c => c.Class is DiffClass.RaisesRisk or DiffClass.WeakensSafeguard) : found;
    }

    private void Collect(Artefact current, JsonTreeDiff.RawChange raw, List<PolicyChange> found)
    {
        var verdict = classification.Classify(current.Kind, raw.Pointer, raw.Change, raw.Before, raw.After);
        if (verdict.Specific)
        {
            found.Add(ToChange(current, raw, verdict));
            return;
        }

        var whole = raw.Change == ChangeType.Added ? raw.After : raw.Before;
        if (raw.Change is not (ChangeType.Added or ChangeType.Removed) || whole is not { } value)
        {
            return;
        }

        var children = value.ValueKind switch
        {
            JsonValueKind.Object => value.EnumerateObject().Select(m => ("/" + Policy.JsonSchema.JsonPointer.Escape(m.Name), m.Value)).ToList(),
            JsonValueKind.Array => value.EnumerateArray().Select((item, i) => ("/" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), item)).ToList(),
            _ => [],
        };
        foreach (var (suffix, child) in children)
        {
            var pointer = raw.Pointer + suffix;
            Collect(current, raw.Change == ChangeType.Added
                ? new JsonTreeDiff.RawChange(pointer, ChangeType.Added, null, child, pointer)
                : new JsonTreeDiff.RawChange(pointer, ChangeType.Removed, child, null, raw.HeadPointer), found);
        }
    }

    private static PolicyChange ToChange(Artefact current, JsonTreeDiff.RawChange raw, ChangeClassification.Verdict verdict) =>
        new(
            current.Kind,
            current.Id,
            current.File,
            current.At(raw.HeadPointer).Line,
            raw.Pointer,
            raw.Change,
            raw.Before is { } b ? JsonTreeDiff.Canonical(b) : null,
            raw.After is { } a ? JsonTreeDiff.Canonical(a) : null,
            verdict.Class,
            verdict.Reason);

    /// <summary>As JSON with the serializer's default escaping (through a JSON node: the reflection-based serializer is disabled under Native AOT).</summary>
    internal static string Quote(string text) => JsonValue.Create(text).ToJsonString();
}
