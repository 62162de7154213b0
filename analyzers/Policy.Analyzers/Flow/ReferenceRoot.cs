using System;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.FlowAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Policy.Analyzers.Flow
{
    /// <summary>
    /// The local, parameter or own field a reference chain (a.b[c].d, through conversions) starts from: the
    /// key under which the flow analysis keeps what a variable holds. One walk for every caller, so the
    /// parsed-input scan and the evaluator always agree on which variable an expression names.
    /// </summary>
    internal static class ReferenceRoot
    {
        /// <param name="capture">How a flow capture maps to its key; null when captures have none.</param>
        /// <param name="returnsItsReceiver">Whether an invocation returns the object it was called on (a fluent builder), so the chain goes on through it.</param>
        public static object? Of(IOperation operation, Func<IFlowCaptureReferenceOperation, object?>? capture = null, Func<IInvocationOperation, bool>? returnsItsReceiver = null)
        {
            while (true)
            {
                switch (operation)
                {
                    case ILocalReferenceOperation local:
                        return local.Local;
                    case IParameterReferenceOperation parameter:
                        return parameter.Parameter;
                    case IFlowCaptureReferenceOperation captured:
                        return capture?.Invoke(captured);
                    case IFieldReferenceOperation field when field.Instance is null || field.Instance is IInstanceReferenceOperation:
                        return field.Field;
                    case IMemberReferenceOperation member when member.Instance is not null:
                        operation = member.Instance;
                        continue;
                    case IArrayElementReferenceOperation element:
                        operation = element.ArrayReference;
                        continue;
                    case IConversionOperation conversion:
                        operation = conversion.Operand;
                        continue;
                    case IInvocationOperation { Instance: { } receiver } invocation when returnsItsReceiver?.Invoke(invocation) == true:
                        operation = receiver;
                        continue;
                    default:
                        return null;
                }
            }
        }
    }
}
