// Types that values are written into: streams, text and XML/JSON writers, string builders, buffers.
// A call that takes one (serializer.Serialize(resource, writer), JsonSerializer.Serialize(stream, value),
// encoding.GetBytes(chars, 0, n, bytes, 0)) writes its other arguments into it.
using Microsoft.CodeAnalysis;
using Policy.Analyzers.Health;

namespace Policy.Analyzers.Flow
{
    internal static class Writers
    {
        private static readonly string[] WritableTypes =
        {
            "System.IO.Stream", "System.IO.TextWriter", "System.Xml.XmlWriter", "System.Text.Json.Utf8JsonWriter",
            "Newtonsoft.Json.JsonWriter", "System.Text.StringBuilder", "System.Buffers.IBufferWriter`1",
        };

        public static bool IsWritable(ITypeSymbol? type)
        {
            if (type is null)
            {
                return false;
            }

            if (type is IArrayTypeSymbol array)
            {
                return array.ElementType.SpecialType is SpecialType.System_Byte or SpecialType.System_Char;
            }

            foreach (var name in WritableTypes)
            {
                if (SymbolNames.IsOrImplements(type, name))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
