// Defensive reads for the kernel's decisions: a missing member or a value of the wrong type reads
// as absent (the schema reports it), never as an exception.
using System;
using System.Collections.Generic;
using System.Globalization;
using Policy.Kernel.Time;

namespace Policy.Kernel.Json
{
    public static class JsonNodeReads
    {
        /// <summary>Follows a path of member names; null as soon as one is missing.</summary>
        public static IJsonNode? At(this IJsonNode? node, params string[] path)
        {
            var current = node;
            foreach (var name in path)
            {
                current = current?.Property(name);
                if (current is null)
                {
                    return null;
                }
            }

            return current;
        }

        public static string? StringAt(this IJsonNode? node, params string[] path) => node.At(path)?.StringValue;

        public static bool? BoolAt(this IJsonNode? node, params string[] path)
        {
            var value = node.At(path);
            return value?.Kind == JsonNodeKind.True ? true : value?.Kind == JsonNodeKind.False ? false : (bool?)null;
        }

        /// <summary>An integer that fits in an int; null for anything else (a fraction, a string, too large).</summary>
        public static int? IntegerAt(this IJsonNode? node, params string[] path)
        {
            var text = node.At(path)?.NumberText;
            if (text is null || !double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
            {
                return null;
            }

            return number >= int.MinValue && number <= int.MaxValue && Math.Floor(number) == number ? (int)number : (int?)null;
        }

        public static DateTime? DateAt(this IJsonNode? node, params string[] path) => PolicyDate.Parse(node.StringAt(path));

        /// <summary>The items of an array (none when absent or not an array).</summary>
        public static IReadOnlyList<IJsonNode> ItemsAt(this IJsonNode? node, params string[] path) =>
            node.At(path)?.Items ?? (IReadOnlyList<IJsonNode>)Array.Empty<IJsonNode>();

        /// <summary>The string items of an array, skipping the others.</summary>
        public static IReadOnlyList<string> StringsAt(this IJsonNode? node, params string[] path)
        {
            var strings = new List<string>();
            foreach (var item in node.ItemsAt(path))
            {
                if (item.StringValue is { } text)
                {
                    strings.Add(text);
                }
            }

            return strings;
        }
    }
}
