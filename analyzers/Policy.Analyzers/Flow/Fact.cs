// What the flow pass knows about a value: the health categories it carries, other personal-data
// categories (a server id is identity.pseudonymous), whether it is model output, the constant host it
// addresses (URLs), and where the taint came from.
using System;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace Policy.Analyzers.Flow
{
    internal sealed class Fact
    {
        public static readonly Fact Clean = new Fact(ImmutableSortedSet<string>.Empty, false, null, null);

        public Fact(ImmutableSortedSet<string> categories, bool modelOutput, string? host, Location? origin)
            : this(categories, ImmutableSortedSet<string>.Empty, modelOutput, host, origin)
        {
        }

        private Fact(ImmutableSortedSet<string> categories, ImmutableSortedSet<string> personal, bool modelOutput, string? host, Location? origin)
        {
            Categories = categories;
            Personal = personal;
            ModelOutput = modelOutput;
            Host = host;
            Origin = origin;
        }

        /// <summary>Health categories (health.*).</summary>
        public ImmutableSortedSet<string> Categories { get; }

        /// <summary>Personal-data categories that are not health data (identity.pseudonymous for a server id).</summary>
        public ImmutableSortedSet<string> Personal { get; }

        public bool ModelOutput { get; }

        public string? Host { get; }

        /// <summary>Where the health data or model output entered the method (an additional diagnostic location).</summary>
        public Location? Origin { get; }

        public bool IsHealth => !Categories.IsEmpty;

        public bool IsTainted => IsHealth || ModelOutput || !Personal.IsEmpty;

        public static Fact Health(ImmutableSortedSet<string> categories, Location? origin) =>
            categories.IsEmpty ? Clean : new Fact(categories, false, null, origin);

        public static Fact PersonalData(string category, Location? origin) =>
            new Fact(ImmutableSortedSet<string>.Empty, ImmutableSortedSet.Create(System.StringComparer.Ordinal, category), false, null, origin);

        public static Fact ForHost(string host) => new Fact(ImmutableSortedSet<string>.Empty, false, host, null);

        /// <summary>A value built from both (string building, collections, calls): taint adds up, the address does not carry over.</summary>
        public Fact Union(Fact other)
        {
            if (!other.IsTainted)
            {
                return IsTainted ? WithHost(null) : Clean;
            }

            if (!IsTainted)
            {
                return other.WithHost(null);
            }

            return new Fact(Categories.Union(other.Categories), Personal.Union(other.Personal), ModelOutput || other.ModelOutput, null, FirstOrigin(Origin, other.Origin));
        }

        /// <summary>The value after two paths meet: taint adds up, the address stays only when both paths agree.</summary>
        public static Fact Join(Fact left, Fact right)
        {
            if (ReferenceEquals(left, right))
            {
                return left;
            }

            var host = string.Equals(left.Host, right.Host, StringComparison.Ordinal) ? left.Host : null;
            return new Fact(left.Categories.Union(right.Categories), left.Personal.Union(right.Personal), left.ModelOutput || right.ModelOutput, host, FirstOrigin(left.Origin, right.Origin));
        }

        /// <summary>This value with more taint stored into it (a member or element written): its address stays.</summary>
        public Fact Absorb(Fact added)
        {
            if (!added.IsTainted)
            {
                return this;
            }

            return new Fact(Categories.Union(added.Categories), Personal.Union(added.Personal), ModelOutput || added.ModelOutput, Host, FirstOrigin(Origin, added.Origin));
        }

        public Fact WithHost(string? host) => string.Equals(host, Host, StringComparison.Ordinal) ? this : new Fact(Categories, Personal, ModelOutput, host, Origin);

        public Fact AsModelOutput(Location origin) => new Fact(Categories, Personal, true, null, Origin ?? origin);

        public Fact WithoutModelOutput() => ModelOutput ? new Fact(Categories, Personal, false, Host, IsHealth || !Personal.IsEmpty ? Origin : null) : this;

        /// <summary>The same model-output flag and origin with another value's categories (a value typed precisely by its FHIR type).</summary>
        public Fact WithCategoriesOf(Fact typed) =>
            new Fact(typed.Categories, typed.Personal, ModelOutput, Host, typed.IsTainted ? Origin ?? typed.Origin : (ModelOutput ? Origin : null));

        public bool SameAs(Fact other) =>
            ModelOutput == other.ModelOutput
            && string.Equals(Host, other.Host, StringComparison.Ordinal)
            && Categories.SetEquals(other.Categories)
            && Personal.SetEquals(other.Personal);

        private static Location? FirstOrigin(Location? a, Location? b)
        {
            if (a is null)
            {
                return b;
            }

            if (b is null)
            {
                return a;
            }

            return a.SourceSpan.Start <= b.SourceSpan.Start ? a : b;
        }
    }
}
