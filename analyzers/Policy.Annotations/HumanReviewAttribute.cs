using System;

namespace Policy.Annotations
{
    /// <summary>
    /// Marks the method that is the human review gate for AI-generated content: the professional
    /// reviews and validates the content before it enters the medical record (CNIL/HAS guide; AI Act
    /// Art. 14). AI output passed through a call to such a method may be written to the record (HP008).
    /// </summary>
    /// <example><code>[HumanReview] public Task&lt;Report&gt; RequestSignOffAsync(Report draft) => ...;</code></example>
    [AttributeUsage(AttributeTargets.Method, AllowMultiple = false, Inherited = false)]
    public sealed class HumanReviewAttribute : Attribute
    {
    }
}
