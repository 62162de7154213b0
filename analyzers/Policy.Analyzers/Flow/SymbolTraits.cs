// What the flow pass asks about types and members over and over (is it a FHIR value, a decided
// resource type, a writer, metadata, a server id), answered once per symbol per compilation: each
// answer walks base types and interfaces by name, too slow to repeat for every operation and round.
using System;
using System.Collections.Concurrent;
using Microsoft.CodeAnalysis;
using Policy.Analyzers.Health;

namespace Policy.Analyzers.Flow
{
    internal sealed class SymbolTraits
    {
        private readonly ConcurrentDictionary<ISymbol, bool> fhirModel = New();
        private readonly ConcurrentDictionary<ISymbol, bool> dataType = New();
        private readonly ConcurrentDictionary<ISymbol, bool> decided = New();
        private readonly ConcurrentDictionary<ISymbol, bool> writable = New();
        private readonly ConcurrentDictionary<ISymbol, bool> metadata = New();
        private readonly ConcurrentDictionary<ISymbol, bool> serverId = New();

        public bool IsFhirModel(ITypeSymbol? type) => Ask(fhirModel, type, t => FhirResources.IsFhirModel((ITypeSymbol)t));

        public bool IsDataTypeOrCollection(ITypeSymbol? type) => Ask(dataType, type, t => FhirResources.IsDataTypeOrCollectionOfThem((ITypeSymbol)t));

        public bool IsDecidedResource(ITypeSymbol? type) => Ask(decided, type, t => FhirResources.IsDecidedResourceOrCollectionOfThem((ITypeSymbol)t));

        public bool IsWritable(ITypeSymbol? type) => Ask(writable, type, t => Writers.IsWritable((ITypeSymbol)t));

        public bool IsMetadata(ISymbol member) => Ask(metadata, member, FhirResources.IsMetadata);

        public bool IsServerId(ISymbol member) => Ask(serverId, member, FhirResources.IsServerId);

        private static ConcurrentDictionary<ISymbol, bool> New() => new ConcurrentDictionary<ISymbol, bool>(SymbolEqualityComparer.Default);

        private static bool Ask(ConcurrentDictionary<ISymbol, bool> cache, ISymbol? symbol, Func<ISymbol, bool> compute) =>
            symbol is not null && cache.GetOrAdd(symbol, compute);
    }
}
