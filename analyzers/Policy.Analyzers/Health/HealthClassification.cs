using System.Collections.Immutable;

namespace Policy.Analyzers.Health
{
    /// <summary>What the declarations say about a type or member: nothing, health data (with categories), or explicitly not health data.</summary>
    internal readonly struct HealthClassification
    {
        public static readonly HealthClassification Unknown = new HealthClassification(ImmutableSortedSet<string>.Empty, false);
        public static readonly HealthClassification NotHealth = new HealthClassification(ImmutableSortedSet<string>.Empty, true);

        private HealthClassification(ImmutableSortedSet<string> categories, bool explicitlyClean)
        {
            Categories = categories;
            IsExplicitlyClean = explicitlyClean;
        }

        public ImmutableSortedSet<string> Categories { get; }

        public bool IsHealth => !Categories.IsEmpty;

        /// <summary>[NoDataClassification]: a declared sanitizer, so the value is not health data even if its container is.</summary>
        public bool IsExplicitlyClean { get; }

        public static HealthClassification Health(ImmutableSortedSet<string> categories) =>
            categories.IsEmpty ? Unknown : new HealthClassification(categories, false);
    }
}
