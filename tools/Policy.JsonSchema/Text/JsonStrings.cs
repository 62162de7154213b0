using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Policy.JsonSchema.Text;

/// <summary>
/// Strings as JSON, through System.Text.Json's own string converter (so escaping is the serializer's), with
/// metadata generated at compile time: the reflection-based serializer is disabled in the Native AOT build.
/// </summary>
[JsonSerializable(typeof(string))]
internal sealed partial class JsonStrings : JsonSerializerContext
{
    /// <summary>Escaping only what JSON requires (non-ASCII and HTML-sensitive characters stay as they are), for messages people read.</summary>
    public static readonly JsonStrings Relaxed = new(new JsonSerializerOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
}
