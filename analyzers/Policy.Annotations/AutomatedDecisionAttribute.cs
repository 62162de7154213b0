using System;

namespace Policy.Annotations
{
    /// <summary>
    /// Marks a method that produces a care decision (triage, prescription, risk score acted upon).
    /// GDPR Art. 22 and AI Act Art. 14 require human oversight of such decisions, so the method (or its
    /// type) must also carry a <see cref="HumanOversightAttribute"/> (HP005).
    /// </summary>
    [AttributeUsage(AttributeTargets.Method, AllowMultiple = false, Inherited = false)]
    public sealed class AutomatedDecisionAttribute : Attribute
    {
    }
}
