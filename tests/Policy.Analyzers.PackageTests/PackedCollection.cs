namespace Policy.Analyzers.PackageTests;

/// <summary>One pack, one restore, for every test that needs the packages.</summary>
[CollectionDefinition(Name)]
public sealed class PackedCollection : ICollectionFixture<PackedConsumer>
{
    public const string Name = "packed";
}
