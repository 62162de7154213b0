using System.Collections.Generic;
using Policy.Analyzers.Health;

namespace Policy.Analyzers.Flow
{
    /// <summary>What the flow pass needs from the compilation and the policy: the classifier and the declared sanitizers.</summary>
    internal sealed class FlowContext
    {
        public FlowContext(HealthClassifier classifier, ISet<string> sanitizers)
        {
            Classifier = classifier;
            Sanitizers = sanitizers;
        }

        public HealthClassifier Classifier { get; }

        public ISet<string> Sanitizers { get; }
    }
}
