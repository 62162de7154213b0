using System.Collections.Generic;
using Policy.Analyzers.Health;

namespace Policy.Analyzers.Flow
{
    /// <summary>What the flow pass needs from the compilation and the policy: the classifier, the declared sanitizers, the wrapper summaries.</summary>
    internal sealed class FlowContext
    {
        public FlowContext(HealthClassifier classifier, ISet<string> sanitizers, WrapperSummaries summaries)
        {
            Summaries = summaries;
            Classifier = classifier;
            Sanitizers = sanitizers;
        }

        public HealthClassifier Classifier { get; }

        public ISet<string> Sanitizers { get; }

        /// <summary>The compilation's wrapper summaries, computed on demand.</summary>
        public WrapperSummaries Summaries { get; }
    }
}
