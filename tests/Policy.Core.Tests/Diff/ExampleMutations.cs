using System.Text.Json;
using System.Text.Json.Nodes;

namespace Policy.Core.Tests.Diff;

/// <summary>
/// Changes to an example repository for the scoped-findings equivalence tests: each a set of files
/// rewritten (or deleted, null) under policies/, found generically from the files' content.
/// </summary>
internal static class ExampleMutations
{
    public sealed record Mutation(string Name, IReadOnlyDictionary<string, string?> Files);

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    /// <param name="files">Repository-relative path → text of every file under policies/.</param>
    public static IReadOnlyList<Mutation> All(IReadOnlyDictionary<string, string> files)
    {
        var parsed = files.Select(f => (File: f.Key, Node: JsonNode.Parse(f.Value)!.AsObject())).OrderBy(f => f.File, StringComparer.Ordinal).ToList();
        var ids = parsed.Select(p => p.Node["id"]?.GetValue<string>()).OfType<string>().Distinct().ToList();
        var single = new List<Mutation>();
        for (var i = 0; i < parsed.Count; i++)
        {
            var (file, node) = parsed[i];
            single.Add(new("delete " + file, new Dictionary<string, string?> { [file] = null }));
            if (node["id"]?.GetValue<string>() is { } id)
            {
                single.Add(Edit(file, node, "rename id of " + file, n => n["id"] = id + "-renamed"));
            }

            // Each string value in turn (every fifth, to keep the run short) set to another artefact's id.
            var strings = Strings(node, string.Empty).Where(s => s.Pointer is not "/kind" and not "/$schema" and not "/id").ToList();
            for (var k = 0; k < strings.Count; k += 5)
            {
                var (pointer, _) = strings[k];
                var other = ids[(i + k + 1) % ids.Count];
                single.Add(Edit(file, node, $"{file}{pointer} := {other}", n => Set(n, pointer, other)));
            }

            foreach (var (pointer, value) in Strings(node, string.Empty))
            {
                var replacement = (pointer, value) switch
                {
                    (_, "FR") => "US",
                    (_, "in-the-loop") => "none",
                    (_, "in-command") => "on-the-loop",
                    (_, var v) when v.StartsWith("sha256:", StringComparison.Ordinal) => "sha256:" + new string('0', 64),
                    _ => null,
                };
                if (replacement is not null)
                {
                    single.Add(Edit(file, node, $"{file}{pointer} {value} -> {replacement}", n => Set(n, pointer, replacement)));
                }
            }

            foreach (var list in new[] { "/scope/systems", "/systems" })
            {
                if (Find(node, list) is JsonArray { Count: > 0 })
                {
                    single.Add(Edit(file, node, $"{file}{list} emptied", n => ((JsonArray)Find(n, list)!).Clear()));
                    single.Add(Edit(file, node, $"{file}{list} += {ids[i % ids.Count]}", n => ((JsonArray)Find(n, list)!).Add(ids[i % ids.Count])));
                }
            }
        }

        single.AddRange(ApprovalMutations(parsed));

        // Pairs far apart in the list, so that two unrelated places change together.
        var combined = Enumerable.Range(0, Math.Min(20, single.Count / 2))
            .Select(i => (A: single[i * 7 % single.Count], B: single[(i * 13 + single.Count / 2) % single.Count]))
            .Where(p => !p.A.Files.Keys.Intersect(p.B.Files.Keys).Any())
            .Select(p => new Mutation(p.A.Name + " + " + p.B.Name, p.A.Files.Concat(p.B.Files).ToDictionary()))
            .ToList();
        return [.. single, .. combined];
    }

    /// <summary>
    /// What the approval rules judge (XR-APP): an approver's signature, the approvers and their names (role holders), an
    /// Approval added, every entry signed (the unsigned count, XR-APP-11), and the Governance's approvalSignatures.
    /// </summary>
    private static IEnumerable<Mutation> ApprovalMutations(IReadOnlyList<(string File, JsonObject Node)> parsed)
    {
        const string Signature = "-----BEGIN SSH SIGNATURE-----\nnot a signature\n-----END SSH SIGNATURE-----\n";
        var approvals = parsed.Where(p => p.Node["kind"]?.GetValue<string>() == "Approval" && p.Node["approvers"] is JsonArray { Count: > 0 }).ToList();
        for (var i = 0; i < approvals.Count; i++)
        {
            var (file, node) = approvals[i];
            yield return Edit(file, node, $"{file} first approver signed", n => Approvers(n)[0]!["signature"] = Signature);
            yield return Edit(file, node, $"{file} first approver renamed", n => Approvers(n)[0]!["name"] = "Someone Else");
            if (i % 3 == 0)
            {
                yield return Edit(file, node, $"{file} last approver removed", n => Approvers(n).RemoveAt(Approvers(n).Count - 1));
                var copy = node.DeepClone().AsObject();
                copy["id"] = node["id"]!.GetValue<string>() + "-again";
                yield return new($"{file} recorded again", new Dictionary<string, string?> { [file.Replace(".json", ".again.json", StringComparison.Ordinal)] = copy.ToJsonString(Indented) });
            }
        }

        yield return new("every approver signed", approvals.ToDictionary(a => a.File, a => (string?)Signed(a.Node, Signature)));
        var (governanceFile, governance) = parsed.First(p => p.Node["kind"]?.GetValue<string>() == "Governance");
        foreach (var setting in new[] { "required", "optional" })
        {
            yield return Edit(governanceFile, governance, $"approvalSignatures := {setting}", n => n["policies"]!["approvalSignatures"] = setting);
        }
    }

    private static JsonArray Approvers(JsonObject approval) => approval["approvers"]!.AsArray();

    private static string Signed(JsonObject approval, string signature)
    {
        var copy = approval.DeepClone().AsObject();
        foreach (var approver in Approvers(copy))
        {
            approver!["signature"] = signature;
        }

        return copy.ToJsonString(Indented);
    }

    private static Mutation Edit(string file, JsonObject node, string name, Action<JsonObject> change)
    {
        var copy = node.DeepClone().AsObject();
        change(copy);
        return new(name, new Dictionary<string, string?> { [file] = copy.ToJsonString(Indented) });
    }

    private static IEnumerable<(string Pointer, string Value)> Strings(JsonNode? node, string pointer)
    {
        switch (node)
        {
            case JsonObject o:
                foreach (var (key, child) in o)
                {
                    foreach (var found in Strings(child, pointer + "/" + key.Replace("~", "~0").Replace("/", "~1")))
                    {
                        yield return found;
                    }
                }

                break;
            case JsonArray a:
                for (var i = 0; i < a.Count; i++)
                {
                    foreach (var found in Strings(a[i], pointer + "/" + i))
                    {
                        yield return found;
                    }
                }

                break;
            case JsonValue v when v.TryGetValue<string>(out var s):
                yield return (pointer, s);
                break;
        }
    }

    private static JsonNode? Find(JsonNode? node, string pointer)
    {
        foreach (var token in pointer.Split('/').Skip(1).Select(t => t.Replace("~1", "/").Replace("~0", "~")))
        {
            node = node switch
            {
                JsonObject o => o[token],
                JsonArray a when int.TryParse(token, out var i) && i < a.Count => a[i],
                _ => null,
            };
        }

        return node;
    }

    private static void Set(JsonNode root, string pointer, string value)
    {
        var cut = pointer.LastIndexOf('/');
        var parent = Find(root, pointer[..cut]);
        var last = pointer[(cut + 1)..].Replace("~1", "/").Replace("~0", "~");
        switch (parent)
        {
            case JsonObject o:
                o[last] = value;
                break;
            case JsonArray a:
                a[int.Parse(last, System.Globalization.CultureInfo.InvariantCulture)] = value;
                break;
        }
    }
}
