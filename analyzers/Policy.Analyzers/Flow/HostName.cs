using System;

namespace Policy.Analyzers.Flow
{
    /// <summary>Reads the host from the start of an absolute http(s) URL written as a constant.</summary>
    internal static class HostName
    {
        /// <param name="complete">True when the text is the whole URL; otherwise the host must be followed by '/', ':', '?' or '#' to be known.</param>
        public static string? FromUrlPrefix(string? text, bool complete)
        {
            if (text is null)
            {
                return null;
            }

            var schemeEnd = text.IndexOf("://", StringComparison.Ordinal);
            if (schemeEnd <= 0)
            {
                return null;
            }

            var scheme = text.Substring(0, schemeEnd);
            if (!scheme.Equals("https", StringComparison.OrdinalIgnoreCase) && !scheme.Equals("http", StringComparison.OrdinalIgnoreCase)
                && !scheme.Equals("grpc", StringComparison.OrdinalIgnoreCase) && !scheme.Equals("amqp", StringComparison.OrdinalIgnoreCase)
                && !scheme.Equals("amqps", StringComparison.OrdinalIgnoreCase))
            {
                return null;
            }

            var start = schemeEnd + 3;
            var at = text.IndexOf('@', start);
            var end = text.IndexOfAny(new[] { '/', ':', '?', '#' }, start);
            if (at >= 0 && (end < 0 || at < end))
            {
                start = at + 1;
                end = text.IndexOfAny(new[] { '/', ':', '?', '#' }, start);
            }

            if (end < 0)
            {
                if (!complete)
                {
                    return null;
                }

                end = text.Length;
            }

            var host = text.Substring(start, end - start).ToLowerInvariant();
            return host.Length == 0 ? null : host;
        }
    }
}
