using System.Text.Json;
using Policy.JsonSchema.Compilation;
using Policy.JsonSchema.Evaluation;
using Policy.JsonSchema.Text;

namespace Policy.JsonSchema;

/// <summary>A compiled schema: immutable and thread-safe; validate as many instances as you like.</summary>
public sealed class Schema
{
    [ThreadStatic]
    private static EvaluationContext? cachedContext;

    private readonly SchemaNode root;

    internal Schema(Uri id, SchemaNode root)
    {
        Id = id;
        this.root = root;
    }

    public Uri Id { get; }

    /// <summary>The fast path: stops at the first failure and collects nothing.</summary>
    public bool IsValid(JsonElement instance)
    {
        var context = Rent();
        context.Reset(null);
        bool valid;
        try
        {
            valid = root.Evaluate(instance, context, null);
        }
        catch (InvalidOperationException) when (UnpairedSurrogates.Find(instance) is not null)
        {
            return false; // a string no keyword can read; Validate says where
        }

        Return(context);
        return valid;
    }

    /// <summary>Every error, with locations and messages (runs the fast path first; valid instances cost no more).</summary>
    public ValidationResult Validate(JsonElement instance)
    {
        if (IsValid(instance))
        {
            return ValidationResult.Valid;
        }

        var errors = new List<ValidationError>();
        var context = new EvaluationContext();
        context.Reset(errors);
        try
        {
            root.Evaluate(instance, context, null);
        }
        catch (InvalidOperationException) when (UnpairedSurrogates.Find(instance) is { } pointer)
        {
            return new ValidationResult([new ValidationError(pointer, string.Empty, root.AbsoluteLocation, string.Empty,
                "this string has an unpaired surrogate (\\uD800-\\uDFFF without its pair), which is not I-JSON (RFC 7493), so no keyword can read it")]);
        }
        if (errors.Count == 0)
        {
            // Cannot happen unless a keyword fails without saying why; never report "invalid" silently.
            errors.Add(new ValidationError(string.Empty, string.Empty, root.AbsoluteLocation, string.Empty, "the value does not match the schema"));
        }

        return new ValidationResult(errors.DistinctBy(e => (e.InstanceLocation, e.KeywordLocation, e.Message)).ToList());
    }

    private static EvaluationContext Rent()
    {
        var context = cachedContext;
        cachedContext = null;
        return context ?? new EvaluationContext();
    }

    private static void Return(EvaluationContext context) => cachedContext = context;
}
