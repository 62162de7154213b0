using System.Text.Json;
using Policy.JsonSchema.Evaluation;

namespace Policy.JsonSchema.Compilation;

/// <summary>One compiled keyword of a schema object: evaluates an instance, and in collecting mode reports why not.</summary>
internal abstract class Keyword(string name, string absoluteLocation)
{
    public string Name { get; } = name;

    /// <summary>Absolute URI + fragment of this keyword in its schema resource.</summary>
    public string AbsoluteLocation { get; } = absoluteLocation;

    /// <summary>unevaluated* keywords run after every other keyword of their schema object.</summary>
    public virtual bool RunsLast => false;

    /// <summary>Rough cost class: cheap checks run first, so the fast path fails early and cheaply.</summary>
    public virtual int Cost => 2;

    /// <summary>Subschemas applied to the same instance (whose annotations this keyword passes on).</summary>
    public virtual IEnumerable<SchemaNode> InPlaceSchemas => Array.Empty<SchemaNode>();

    /// <param name="annotations">Where to record evaluated properties/items; null when nobody reads them.</param>
    public abstract bool Evaluate(in JsonElement instance, EvaluationContext context, Annotations? annotations);
}
