using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using Policy.Analyzers.Json;

namespace Policy.Analyzers.Policies
{
    /// <summary>A policy file among the AdditionalFiles: its path, text and parsed document.</summary>
    internal sealed class PolicyFile
    {
        public PolicyFile(string path, SourceText text, PolicyDocument document)
        {
            Path = path;
            Text = text;
            Document = document;
        }

        public string Path { get; }

        public SourceText Text { get; }

        public PolicyDocument Document { get; }

        /// <summary>A location in this file for a character offset (HP009 reports at the file's line).</summary>
        public Location LocationAt(int start, int end)
        {
            start = System.Math.Max(0, System.Math.Min(start, Text.Length));
            end = System.Math.Max(start, System.Math.Min(end, Text.Length));
            var span = TextSpan.FromBounds(start, end);
            return Location.Create(Path, span, Text.Lines.GetLinePositionSpan(span));
        }

        public Location LocationOf(JsonValue value) => LocationAt(value.Start, value.End);
    }
}
