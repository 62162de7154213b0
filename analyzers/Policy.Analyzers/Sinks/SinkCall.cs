using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Policy.Analyzers.Sinks
{
    /// <summary>A call that sends data out: which family, which arguments carry data, which gives the address.</summary>
    internal sealed class SinkCall
    {
        public SinkCall(SinkFamily family, string description, bool isFhirWrite)
        {
            Family = family;
            Description = description;
            IsFhirWrite = isFhirWrite;
        }

        public SinkFamily Family { get; }

        /// <summary>For messages, e.g. "HttpClient.PostAsync".</summary>
        public string Description { get; }

        /// <summary>A FHIR create/update/patch/transaction: the resource argument matters for HP005 and HP008.</summary>
        public bool IsFhirWrite { get; }

        public string FamilyName => Family.ToString().ToLowerInvariant();

        /// <summary>True when the argument's value leaves with the call (not a token, level or logger).</summary>
        public static bool CarriesData(IArgumentOperation argument)
        {
            var type = argument.Parameter?.Type;
            var name = Health.SymbolNames.FullName(type);
            return name != "System.Threading.CancellationToken"
                && name != "Microsoft.Extensions.Logging.LogLevel"
                && name != "Microsoft.Extensions.Logging.EventId"
                && name != Health.KnownNames.ILogger
                && name != "Grpc.Core.CallOptions"
                && name != "Grpc.Core.Metadata"
                && !(argument.Parameter?.Type is ITypeSymbol t && t.TypeKind == TypeKind.Enum);
        }
    }
}
