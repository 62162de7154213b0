using System;

namespace Policy.Annotations
{
    /// <summary>
    /// States that decisions made in this method, constructor or type are under the policy
    /// repository's <c>HumanOversight</c> declaration with the given id. The declaration must exist
    /// (HP002), be approved (HP003), and not use mode <c>none</c> for a decision with significant
    /// effect or for a high-risk system (HP006).
    /// </summary>
    /// <example><code>[AutomatedDecision, HumanOversight("ho-ecg-cardiologist-review")] public Triage Prioritise(EcgRecording r) => ...;</code></example>
    [AttributeUsage(AttributeTargets.Method | AttributeTargets.Constructor | AttributeTargets.Class | AttributeTargets.Struct, AllowMultiple = false, Inherited = false)]
    public sealed class HumanOversightAttribute : Attribute
    {
        /// <param name="id">The <c>id</c> of a <c>HumanOversight</c> declaration in the policy repository.</param>
        public HumanOversightAttribute(string id)
        {
            Id = id;
        }

        /// <summary>The <c>id</c> of the <c>HumanOversight</c> declaration.</summary>
        public string Id { get; }
    }
}
