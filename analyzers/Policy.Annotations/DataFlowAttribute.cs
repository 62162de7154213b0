using System;

namespace Policy.Annotations
{
    /// <summary>
    /// States that health data leaving this method, constructor or type is covered by the policy
    /// repository's <c>DataFlow</c> declaration with the given id. The declaration must exist (HP002),
    /// be approved (HP003), and list the categories sent and the constant destination host (HP004).
    /// Several may be given when a method sends to several destinations.
    /// </summary>
    /// <example><code>[DataFlow("df-ecg-cloud-inference")] public Task UploadAsync(EcgRecording r) => http.PostAsJsonAsync(uri, r);</code></example>
    [AttributeUsage(AttributeTargets.Method | AttributeTargets.Constructor | AttributeTargets.Class | AttributeTargets.Struct, AllowMultiple = true, Inherited = false)]
    public sealed class DataFlowAttribute : Attribute
    {
        /// <param name="id">The <c>id</c> of a <c>DataFlow</c> in the policy repository.</param>
        public DataFlowAttribute(string id)
        {
            Id = id;
        }

        /// <summary>The <c>id</c> of the <c>DataFlow</c>.</summary>
        public string Id { get; }
    }
}
