using System.Text;
using Policy.JsonSchema.Compilation;
using Policy.JsonSchema.Loading;

namespace Policy.JsonSchema.Evaluation;

/// <summary>
/// State of one validation run. Without an error list it is the fast path: no paths are tracked and
/// the first failure ends the run. With one, paths are tracked and every error is collected.
/// </summary>
internal sealed class EvaluationContext
{
    /// <summary>Guards against $ref cycles that never consume the instance ({"$ref": "#"}).</summary>
    public const int MaxReferenceDepth = 400;

    private readonly List<string> instancePath = new();
    private readonly List<string> keywordPath = new();
    private readonly List<SchemaResource> dynamicScope = new();
    private readonly Stack<Annotations> spareAnnotations = new();

    public List<ValidationError>? Errors { get; set; }

    public bool Collecting => Errors is not null;

    public int ReferenceDepth { get; set; }

    public IReadOnlyList<SchemaResource> DynamicScope => dynamicScope;

    public void Reset(List<ValidationError>? errors)
    {
        Errors = errors;
        instancePath.Clear();
        keywordPath.Clear();
        dynamicScope.Clear();
        ReferenceDepth = 0;
    }

    public bool EnterResource(SchemaResource resource)
    {
        if (dynamicScope.Count > 0 && ReferenceEquals(dynamicScope[^1], resource))
        {
            return false;
        }

        dynamicScope.Add(resource);
        return true;
    }

    /// <summary>An empty annotation set from the pool; give it back with <see cref="ReturnAnnotations"/>.</summary>
    public Annotations RentAnnotations()
    {
        if (spareAnnotations.TryPop(out var annotations))
        {
            annotations.Clear();
            return annotations;
        }

        return new Annotations();
    }

    public void ReturnAnnotations(Annotations? annotations)
    {
        if (annotations is not null)
        {
            spareAnnotations.Push(annotations);
        }
    }

    public void LeaveResource() => dynamicScope.RemoveAt(dynamicScope.Count - 1);

    public void PushInstance(string token) => instancePath.Add(token);

    public void PushInstance(int index) => instancePath.Add(IndexText(index));

    public void PopInstance() => instancePath.RemoveAt(instancePath.Count - 1);

    public void PushKeyword(string token) => keywordPath.Add(token);

    public void PushKeyword(int index) => keywordPath.Add(IndexText(index));

    public void PopKeyword() => keywordPath.RemoveAt(keywordPath.Count - 1);

    public void ReplaceKeyword(string token) => keywordPath[^1] = token;

    public string InstanceLocation => Join(instancePath);

    public string KeywordLocation => Join(keywordPath);

    /// <summary>Records an error at the current instance and keyword location.</summary>
    /// <param name="missingProperty">For an error about a missing property, its name (<see cref="ValidationError.MissingProperty"/>).</param>
    public void Report(Keyword keyword, string message, string? childToken = null, string? keywordSuffix = null, string? missingProperty = null)
    {
        var instance = Join(instancePath);
        if (childToken is not null)
        {
            instance += "/" + JsonPointer.Escape(childToken);
        }

        var keywordLocation = Join(keywordPath);
        var absolute = keyword.AbsoluteLocation;
        if (keywordSuffix is not null)
        {
            keywordLocation += keywordSuffix;
            absolute += keywordSuffix;
        }

        Errors!.Add(new ValidationError(instance, keywordLocation, absolute, keyword.Name, message) { MissingProperty = missingProperty });
    }

    public void Report(ValidationError error) => Errors!.Add(error);

    /// <summary>Reports on behalf of a sibling keyword (minContains for contains, then for if).</summary>
    public void ReportAs(string keyword, string absoluteLocation, string message, string? childToken = null)
    {
        var saved = keywordPath[^1];
        keywordPath[^1] = keyword;
        var instance = Join(instancePath);
        if (childToken is not null)
        {
            instance += "/" + JsonPointer.Escape(childToken);
        }

        Errors!.Add(new ValidationError(instance, Join(keywordPath), absoluteLocation, keyword, message));
        keywordPath[^1] = saved;
    }

    private static string Join(List<string> tokens)
    {
        if (tokens.Count == 0)
        {
            return string.Empty;
        }

        var builder = new StringBuilder();
        foreach (var token in tokens)
        {
            builder.Append('/').Append(JsonPointer.Escape(token));
        }

        return builder.ToString();
    }

    private static readonly string[] SmallIndexes = Enumerable.Range(0, 256).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray();

    private static string IndexText(int index) =>
        index < SmallIndexes.Length ? SmallIndexes[index] : index.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
