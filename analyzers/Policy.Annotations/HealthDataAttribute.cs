using System;

namespace Policy.Annotations
{
    /// <summary>
    /// Marks a type, member, parameter or return value as carrying health data (GDPR Art. 9), in the
    /// given taxonomy categories (for example <c>health.observation</c>). Values of this kind are sources
    /// for the analyzer: sending them to an external sink needs a covering <see cref="DataFlowAttribute"/>
    /// (HP001, HP004), and logging them is reported (HP007).
    /// </summary>
    /// <example><code>[HealthData("health.observation")] public sealed record EcgRecording(...);</code></example>
    [AttributeUsage(
        AttributeTargets.Class | AttributeTargets.Struct | AttributeTargets.Interface | AttributeTargets.Property
        | AttributeTargets.Field | AttributeTargets.Parameter | AttributeTargets.ReturnValue,
        AllowMultiple = false,
        Inherited = true)]
    public sealed class HealthDataAttribute : Attribute
    {
        /// <param name="categories">Data-category keys from the shared taxonomy; none means <c>health.record</c>.</param>
        public HealthDataAttribute(params string[] categories)
        {
            Categories = categories ?? new string[0];
        }

        /// <summary>The data-category keys this value carries.</summary>
        public string[] Categories { get; }
    }
}
