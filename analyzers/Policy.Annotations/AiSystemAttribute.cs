using System;

namespace Policy.Annotations
{
    /// <summary>
    /// States that this assembly, type or method belongs to the AI system described by the policy
    /// repository's <c>SystemCard</c> with the given id. The analyzer checks that the id exists (HP002)
    /// and that the system card is approved (HP003).
    /// </summary>
    /// <example><code>[assembly: AiSystem("ecg-assist")]</code></example>
    [AttributeUsage(AttributeTargets.Assembly | AttributeTargets.Class | AttributeTargets.Struct | AttributeTargets.Method, AllowMultiple = false, Inherited = false)]
    public sealed class AiSystemAttribute : Attribute
    {
        /// <param name="id">The <c>id</c> of a <c>SystemCard</c> in the policy repository.</param>
        public AiSystemAttribute(string id)
        {
            Id = id;
        }

        /// <summary>The <c>id</c> of the <c>SystemCard</c>.</summary>
        public string Id { get; }
    }
}
