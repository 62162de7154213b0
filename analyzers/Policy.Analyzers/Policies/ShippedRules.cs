// The shipped rules configuration (tools/Policy.Core/Rules/Configuration/rules-config.json), embedded
// so the analyzers apply the same default approval grace as the CLI when no Governance is in force.
using System;
using System.IO;
using Policy.Analyzers.Json;
using Policy.Kernel.Time;

namespace Policy.Analyzers.Policies
{
    internal static class ShippedRules
    {
        public const string ResourceName = "Policy.Analyzers.rules-config.json";

        private static readonly Lazy<IsoDuration> Grace = new Lazy<IsoDuration>(ReadGrace);

        /// <summary><c>policies.approvalGraceAfterReviewDue</c> of the shipped configuration.</summary>
        public static IsoDuration ApprovalGraceAfterReviewDue => Grace.Value;

        private static IsoDuration ReadGrace()
        {
            using (var stream = typeof(ShippedRules).Assembly.GetManifestResourceStream(ResourceName)
                ?? throw new InvalidOperationException(ResourceName + " is not embedded in Policy.Analyzers"))
            using (var reader = new StreamReader(stream))
            {
                var text = JsonReader.Parse(reader.ReadToEnd())["policies"]?["approvalGraceAfterReviewDue"]?.AsString;
                return IsoDuration.Parse(text) ?? throw new InvalidOperationException("the shipped rules configuration has no valid approvalGraceAfterReviewDue");
            }
        }
    }
}
